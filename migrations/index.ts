/** The reviewed migrations, in order; the DataSource runs exactly these. */
import { InitialSchema1700000000000 } from './1700000000000-InitialSchema.js';
import { HistoryAndApiTokens1720000000000 } from './1720000000000-HistoryAndApiTokens.js';
import { KeepFactsCited1730000000000 } from './1730000000000-KeepFactsCited.js';
import { FigureRoundInItsNegotiation1740000000000 } from './1740000000000-FigureRoundInItsNegotiation.js';
import { AnalyticsViews1770000000000 } from './1770000000000-AnalyticsViews.js';

export const migrations = [
  InitialSchema1700000000000, HistoryAndApiTokens1720000000000, KeepFactsCited1730000000000, FigureRoundInItsNegotiation1740000000000,
  AnalyticsViews1770000000000,
];
