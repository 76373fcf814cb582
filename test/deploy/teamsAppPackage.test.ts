import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { TEAMS_DEPLOY_DIR, buildTeamsAppPackage } from '../../bot/packaging/teamsAppPackage.ts';
import { TEAMS_ICONS, drawColourIcon, drawOutlineIcon } from '../../bot/packaging/teamsIcons.ts';
import { readTeamsPackageSettings } from '../../bot/packaging/teamsPackageSettings.ts';

const BOT_APP_ID = '8e2b1f4c-9d3a-4c5e-b6f7-0a1b2c3d4e5f';
const deploymentEnvironment = {
  MicrosoftAppId: BOT_APP_ID,
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_DOMAIN: 'safeguarding-bot.example.org',
  TEAMS_WEBSITE_URL: 'https://www.example.org/safeguarding',
  TEAMS_PRIVACY_URL: 'https://www.example.org/safeguarding/privacy',
};

const repoRoot = join(import.meta.dirname, '../..');
const workDir = mkdtempSync(join(tmpdir(), 'teams-package-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Width and height as the PNG's IHDR chunk states them, after the 8-byte signature and the chunk's length and type. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect(Buffer.from(bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  expect(Buffer.from(bytes.subarray(12, 16)).toString('ascii')).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** npm run package:teams with exactly the given variables (no inherited MicrosoftApp* or TEAMS_*). */
function runPackageTeams(variables: Record<string, string>, outputPath: string) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(MicrosoftApp|TEAMS_|BOT_DOMAIN)/.test(name)));
  return spawnSync('npm', ['run', '--silent', 'package:teams', '--', outputPath], {
    cwd: repoRoot,
    env: { ...inherited, ...variables },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run package:teams', () => {
  it('writes a zip with the manifest and both icons, of the sizes Teams requires, at its root', () => {
    const outputPath = join(workDir, 'app.zip');
    const result = runPackageTeams(deploymentEnvironment, outputPath);
    expect(result.stderr).not.toMatch(/problem/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(outputPath);

    const entries = unzipSync(readFileSync(outputPath));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(entries['color.png'] as Uint8Array)).toEqual({ width: 192, height: 192 });
    expect(pngSize(entries['outline.png'] as Uint8Array)).toEqual({ width: 32, height: 32 });

    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest).toMatchObject({ id: deploymentEnvironment.TEAMS_APP_ID, icons: { color: 'color.png', outline: 'outline.png' } });
    expect(manifest.bots[0].botId).toBe(BOT_APP_ID);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('stops with a message naming the missing app id, and writes nothing', () => {
    const outputPath = join(workDir, 'never.zip');
    const { MicrosoftAppId: _omitted, ...withoutAppId } = deploymentEnvironment;
    const result = runPackageTeams(withoutAppId, outputPath);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MicrosoftAppId: is required');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(outputPath)).toThrow();
  });
});

describe('Teams app package', () => {
  const settings = readTeamsPackageSettings(deploymentEnvironment);

  it('is the same, byte for byte, each time it is built from the same inputs', async () => {
    const first = await buildTeamsAppPackage({ settings, appVersion: '1.2.3' });
    const second = await buildTeamsAppPackage({ settings, appVersion: '1.2.3' });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("refuses a board's replacement icon of the wrong size, naming the file and the size needed", async () => {
    const iconsDir = mkdtempSync(join(workDir, 'icons-'));
    copyFileSync(join(TEAMS_DEPLOY_DIR, 'outline.png'), join(iconsDir, 'outline.png'));
    copyFileSync(join(TEAMS_DEPLOY_DIR, 'outline.png'), join(iconsDir, 'color.png'));
    await expect(buildTeamsAppPackage({ settings, appVersion: '1.2.3', iconsDir })).rejects.toThrow(/color\.png: must be 192×192 pixels, is 32×32/);
    writeFileSync(join(iconsDir, 'color.png'), 'not an image');
    await expect(buildTeamsAppPackage({ settings, appVersion: '1.2.3', iconsDir })).rejects.toThrow(/color\.png: is not a PNG image/);
  });
});

describe('Teams icons', () => {
  const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

  it('are the ones the drawing script makes (deploy/teams/ is up to date with bot/packaging/teamsIcons.ts)', () => {
    for (const [icon, draw] of [
      [TEAMS_ICONS.colour, drawColourIcon],
      [TEAMS_ICONS.outline, drawOutlineIcon],
    ] as const) {
      const committed = decode(readFileSync(join(TEAMS_DEPLOY_DIR, icon.fileName)));
      expect(committed.data.equals(decode(draw()).data), icon.fileName).toBe(true);
    }
  });

  it('outline: white only, on a transparent background, with something drawn', () => {
    const { data } = decode(drawOutlineIcon());
    const pixels = Array.from({ length: data.length / 4 }, (_, index) => Array.from(data.subarray(index * 4, index * 4 + 4)));
    const visible = pixels.filter(([, , , alpha]) => (alpha as number) > 0);
    expect(visible.filter(([red, green, blue]) => red !== 255 || green !== 255 || blue !== 255)).toEqual([]);
    const drawn = pixels.filter(([, , , alpha]) => alpha === 255).length;
    const transparent = pixels.length - visible.length;
    expect(drawn).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(drawn);
  });

  it('colour: fully opaque, the accent colour at the edges and white at the centre of the symbol', () => {
    const { data, width } = decode(drawColourIcon());
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    const alphas = data.filter((_, offset) => offset % 4 === 3);
    expect(alphas.every((alpha) => alpha === 255)).toBe(true);
    expect(pixel(0, 0)).toEqual([0x1d, 0x5c, 0x7a, 255]);
    expect(pixel(96, 60)).toEqual([255, 255, 255, 255]);
  });
});
