// Entity components, in pipeline order.
import type { Component } from '../pipeline.js';

export const entityComponents: Component[] = [];
