import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEAMS_DEPLOY_DIR } from './teamsAppPackage.ts';
import { TEAMS_ICONS, drawColourIcon, drawOutlineIcon } from './teamsIcons.ts';

/** Redraws the committed icons in deploy/teams/: `npx node bot/packaging/drawTeamsIcons.ts`. */
await writeFile(join(TEAMS_DEPLOY_DIR, TEAMS_ICONS.colour.fileName), drawColourIcon());
await writeFile(join(TEAMS_DEPLOY_DIR, TEAMS_ICONS.outline.fileName), drawOutlineIcon());
process.stdout.write(`Icons written to ${TEAMS_DEPLOY_DIR}\n`);
