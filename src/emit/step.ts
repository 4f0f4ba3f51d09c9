import type { AstroIntegrationLogger } from 'astro';
import type { PageReading } from '../checks/dist/read-page.ts';

/** One step of the post-build pipeline (pipeline.ts). */
export interface Step {
  name: string;
  /** Called for every page, in order, to read it. */
  page?(page: BuiltPage, site: BuiltSite): void;
  /** Called for every page, in order, to change it: the page returned is written, and is what later steps get. */
  transform?(page: BuiltPage, site: BuiltSite): string;
  /** Called once every page has been through every step: the number of problems found (any fails the build). */
  done?(site: BuiltSite): Promise<number> | number;
  /** Called last, once every other integration has written its files (the sitemap); a problem count fails the build. */
  final?(site: BuiltSite): Promise<number> | number;
}

/** A page of dist/ as the steps get it. */
interface BuiltPage {
  /** Relative to the output folder: `practices/x/index.html`. */
  file: string;
  html: string;
  /** The one reading of `html` (kept in step with it when a step changes the page). */
  reading: PageReading;
}

/** What every step knows of the build. */
export interface BuiltSite {
  /** The output folder. */
  dir: string;
  /** The project's root folder. */
  root: string;
  /** The base path, ending in `/`. */
  base: string;
  logger: AstroIntegrationLogger;
}
