/** The reviewed migrations, in order; the DataSource runs exactly these. */
import { InitialSchema1700000000000 } from './1700000000000-InitialSchema.js';
import { HistoryAndApiTokens1720000000000 } from './1720000000000-HistoryAndApiTokens.js';
import { KeepFactsCited1730000000000 } from './1730000000000-KeepFactsCited.js';
import { FigureRoundInItsNegotiation1740000000000 } from './1740000000000-FigureRoundInItsNegotiation.js';
import { SeedFacts1750000000000 } from './1750000000000-SeedFacts.js';
import { IndexEveryListOrder1760000000000 } from './1760000000000-IndexEveryListOrder.js';
import { CheckCitationsPerStatement1760000000001 } from './1760000000001-CheckCitationsPerStatement.js';
import { MaintainListTotals1760000000002 } from './1760000000002-MaintainListTotals.js';
import { AnalyticsViews1770000000000 } from './1770000000000-AnalyticsViews.js';
import { StatementPartyAndSpans1785000000000 } from './1785000000000-StatementPartyAndSpans.js';

export const migrations = [
  InitialSchema1700000000000,
  HistoryAndApiTokens1720000000000,
  KeepFactsCited1730000000000,
  FigureRoundInItsNegotiation1740000000000,
  SeedFacts1750000000000,
  IndexEveryListOrder1760000000000,
  CheckCitationsPerStatement1760000000001,
  MaintainListTotals1760000000002,
  AnalyticsViews1770000000000,
  StatementPartyAndSpans1785000000000,
];
