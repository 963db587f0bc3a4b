/** The git identity commits from this working copy will carry (`git config user.email`). */
import { execFileSync } from 'node:child_process';

export function gitEmail(cwd: string): string | undefined {
	try {
		return execFileSync('git', ['config', 'user.email'], { cwd, encoding: 'utf-8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}
