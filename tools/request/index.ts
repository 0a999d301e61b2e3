/** The request layer: plain English → RequestSpec (parseRequest), and the spec checked against the data. */
export { parseRequest, MAX_MESSAGE_LENGTH, type ParseRequestOptions } from './parse_request.js';
export { validateRequestSpec, type ValidationContext } from './validate_request_spec.js';
export {
  RequestSpecSchema, StrategyRequestSchema, MetricTargetSchema, TargetOperatorSchema, DateRangeSchema, PortfolioSchema,
  type RequestSpec, type RequestSpecInput, type StrategyRequest, type MetricTarget, type TargetOperator, type Targets,
} from './request_spec.js';
export type { SpecOutcome, ErrorJson } from './spec_outcome.js';
export { describeRequestSpec } from './describe_request_spec.js';
