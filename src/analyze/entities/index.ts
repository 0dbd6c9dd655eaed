// Entity components, in pipeline order.
import type { Component } from '../pipeline.js';
import { entityDescriptions } from './descriptions.js';
import { entityNames } from './names.js';
import { entityRoles } from './roles.js';

export const entityComponents: Component[] = [entityNames, entityRoles, entityDescriptions];
