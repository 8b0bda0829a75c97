import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Unit subtrees an HR officer administers; read on every request so removal takes effect at once. */
@Entity('user_unit_scope')
export class UserUnitScopeEntity {
  @PrimaryColumn('uuid') userId!: string;
  @PrimaryColumn('uuid') unitId!: string;
}
