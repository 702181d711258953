/**
 * The documented runtime exports of the package: tests/library/exports.test.ts checks the source,
 * tests/e2e/package.e2e.test.ts the built package imported by its name.
 */
export const RUNTIME_EXPORTS = [
  'COUNTING_CONVENTION',
  'DeadlineError',
  'FIRST_SUPPORTED_YEAR',
  'HORIZON_YEAR',
  'LAST_SUPPORTED_YEAR',
  'MATTER_STATES',
  'OFSTED_RULE_IDS',
  'RECEIPT_CONVENTIONS',
  'REGIONS',
  'REGISTER_ERROR_CODES',
  'REGISTER_FIELDS',
  'RULES',
  'RULE_IDS',
  'WARNING_CODES',
  'WORKING_DAY_DEFINITION',
  'addWorkingDays',
  'countWorkingDays',
  'deadline',
  'isWorkingDay',
  'register',
];
