// Time components, in pipeline order.
import type { Component } from '../pipeline.js';
import { timeExpressions } from './component.js';

export const timeComponents: Component[] = [timeExpressions];
