// Imported first by main.ts: OpenTelemetry must patch http and pg before anything loads them.
import { startTelemetry } from '@gov/telemetry';

startTelemetry('gateway');
