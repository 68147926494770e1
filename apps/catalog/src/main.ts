import './instrument';
import 'reflect-metadata';
import { runMain } from '@gov/config';
import { startCatalog } from './catalog.service';

runMain('catalog', startCatalog);
