/** Every TypeORM entity of the knowledge base, for the DataSource. */
import { Affiliation } from './Affiliation.js';
import { ApiToken } from './ApiToken.js';
import { Agreement } from './Agreement.js';
import { AgreementParty } from './AgreementParty.js';
import { Change } from './Change.js';
import { Citation } from './Citation.js';
import { Delegation } from './Delegation.js';
import { DelegationMember } from './DelegationMember.js';
import { Figure } from './Figure.js';
import { Issue } from './Issue.js';
import { Negotiation } from './Negotiation.js';
import { NegotiationParty } from './NegotiationParty.js';
import { Organization } from './Organization.js';
import { Person } from './Person.js';
import { Position } from './Position.js';
import { Round } from './Round.js';
import { SeedFact } from './SeedFact.js';
import { RoundParticipant } from './RoundParticipant.js';
import { Source } from './Source.js';
import { Statement } from './Statement.js';

export {
  Affiliation, Agreement, AgreementParty, ApiToken, Change, Citation, Delegation, DelegationMember, Figure, Issue,
  Negotiation, NegotiationParty, Organization, Person, Position, Round, RoundParticipant, SeedFact, Source, Statement,
};

export const entities = [
  Affiliation, Agreement, AgreementParty, ApiToken, Change, Citation, Delegation, DelegationMember, Figure, Issue,
  Negotiation, NegotiationParty, Organization, Person, Position, Round, RoundParticipant, SeedFact, Source, Statement,
];
