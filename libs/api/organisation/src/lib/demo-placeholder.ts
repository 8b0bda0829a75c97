import type { EntityManager } from 'typeorm';
export async function seedOrganisationDemo(_em: EntityManager): Promise<void> {
  return;
}
