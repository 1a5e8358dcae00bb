/** The analytics service: dashboards' answers computed in PostgreSQL over the `analytics` views, and reader roles for BI tools. */
export { activity, MAX_POINTS, type ActivityRequest, type ActivityValue } from './activity.js';
export { timeline, type TimelineRequest, type TimelineEvent } from './timeline.js';
export { positionMatrix, type PositionMatrixRow } from './positionMatrix.js';
export { figureSeries, type FigureSeriesRequest, type FigurePoint } from './figureSeries.js';
export { options, type OptionKind, type OptionValue } from './options.js';
export { MAX_BUCKETS, resolveWindow, type TimeBucket } from './window.js';
export { createReader, listReaders, revokeReader, ReaderError, type CreatedReader } from './readers.js';
