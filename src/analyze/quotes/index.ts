// Quote components, in pipeline order.
import type { Component } from '../pipeline.js';
import { quoteExtractor } from './component.js';

export const quoteComponents: Component[] = [quoteExtractor];
