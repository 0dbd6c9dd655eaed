// Entity components, in pipeline order.
import type { Component } from '../pipeline.js';
import { entityDescriptions } from './descriptions.js';
import { entityNames } from './names.js';
import { entityPossessiveOwners } from './possessive-owner.js';
import { entityPredicateRoles } from './predicate-roles.js';
import { entityRoles } from './roles.js';
import { entityIncludedMembers } from './included-members.js';

export const entityComponents: Component[] = [
  entityNames,
  entityRoles,
  entityPredicateRoles,
  entityPossessiveOwners,
  entityDescriptions,
  entityIncludedMembers,
];
