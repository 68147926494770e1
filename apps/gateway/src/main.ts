import './instrument';
import 'reflect-metadata';
import { runMain } from '@gov/config';
import { startGateway } from './gateway.service';

runMain('gateway', startGateway);
