import './instrument';
import 'reflect-metadata';
import { runMain } from '@gov/config';
import { startCases } from './cases.service';

runMain('cases', startCases);
