import './instrument';
import 'reflect-metadata';
import { runMain } from '@gov/config';
import { startBareService } from '@gov/nats';

// Answers its health query until the features of this context land.
runMain('cases', (env) => startBareService('cases', env));
