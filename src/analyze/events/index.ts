// Event components, in pipeline order.
import type { Component } from '../pipeline.js';
import { eventExtractor } from './extract-events.js';

export const eventComponents: Component[] = [eventExtractor];
