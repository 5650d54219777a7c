import packageJson from '../../package.json';

/** The tool's name and version, from package.json: recorded in every report and JSON output. */
export const TOOL = { name: packageJson.name, version: packageJson.version } as const;
