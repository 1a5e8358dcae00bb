import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const API_TOKEN_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

/**
 * An API token, stored only as the SHA-256 of the secret (the secret itself is
 * shown once, when it is created). `name` is unique for ever, revoked tokens
 * included, because history names changes by it.
 */
@Entity()
@Check('chk_api_token_name_not_blank', `btrim("name") <> ''`)
@Index('uq_api_token_name', ['name'], { unique: true })
@Index('uq_api_token_token_hash', ['tokenHash'], { unique: true })
export class ApiToken {
  @PrimaryGeneratedColumn('identity', { type: 'int', generatedIdentity: 'BY DEFAULT' })
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: API_TOKEN_ROLES, enumName: 'api_token_role' })
  role: ApiTokenRole;

  /** Hex SHA-256 of the token. */
  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
