/** Who is asking, from least to most trusted. Anonymous callers see public, published content. */
export const ROLES = ['anonymous', 'reader', 'agent', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function atLeast(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/**
 * What content a caller may see. Agents see internal articles and sections; editors and admins
 * also see drafts. Archived articles stay reachable by id for everyone, flagged as archived.
 */
export interface Audience {
  internal: boolean;
  drafts: boolean;
}

export const PUBLIC: Audience = { internal: false, drafts: false };

export function audienceOf(role: Role): Audience {
  return { internal: atLeast(role, 'agent'), drafts: atLeast(role, 'editor') };
}
