// Entity components, in pipeline order.
import type { Component } from '../pipeline.js';
import { entityNames } from './names.js';

export const entityComponents: Component[] = [entityNames];
