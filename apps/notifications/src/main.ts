import './instrument';
import 'reflect-metadata';
import { runMain } from '@gov/config';
import { startNotifications } from './notifications.service';

runMain('notifications', startNotifications);
