import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Absolute links to the editors' guide, for messages read outside the repository page (a terminal,
 * the job summary under /actions/runs/, where relative links 404). In GitHub Actions: the guide and
 * data files at the commit checked (the default branch, blob/HEAD, when none is known); elsewhere:
 * the guide in this checkout.
 */
export interface LinkContext {
  /** e.g. https://github.com/owner/repo */
  readonly repositoryUrl?: string;
  /** The commit that data files are linked at. */
  readonly commit?: string;
  /** The checkout, for local links. */
  readonly rootDir: string;
}

export function linkContext(env: NodeJS.ProcessEnv, rootDir = process.cwd()): LinkContext {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  return {
    rootDir,
    ...(server && repository ? { repositoryUrl: `${server.replace(/\/$/, '')}/${repository}` } : {}),
    ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
  };
}

/**
 * The guide's section, e.g. CONTRIBUTING.md#plansum-matches-total, as an absolute link: at the
 * commit checked when it is known (the guide that goes with the data and the program), else on the
 * default branch.
 */
export function guideUrl(relative: string, context: LinkContext): string {
  if (context.repositoryUrl) return `${context.repositoryUrl}/blob/${context.commit ?? 'HEAD'}/${relative}`;
  const [file, anchor] = relative.split('#');
  return `${pathToFileURL(path.join(context.rootDir, file!)).href}${anchor ? `#${anchor}` : ''}`;
}

/**
 * The guide in the reader's language: Chinese output links to CONTRIBUTING.zh-CN.md, which has the
 * same sections under the same rule-id headings, so the anchor (#plansum-matches-total) is the same.
 */
export function guideIn(relative: string, language: 'en' | 'zh-CN'): string {
  return language === 'zh-CN' ? relative.replace(/^CONTRIBUTING\.md(?=#|$)/, 'CONTRIBUTING.zh-CN.md') : relative;
}

/** A repository file at the commit, at a line, when the repository is known; undefined otherwise. */
export function fileUrl(file: string, line: number, context: LinkContext): string | undefined {
  if (!context.repositoryUrl) return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${context.repositoryUrl}/blob/${context.commit ?? 'HEAD'}/${encoded}#L${line}`;
}
