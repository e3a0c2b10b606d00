import { describe, expect, it } from 'vitest';
import { feedbackRoute, programRoute } from '../../../src/advice/feedback-route.js';
import { realCatalog } from '../../helpers/context.js';

const catalog = realCatalog();

function route(name: string, aboutCve = false) {
  const image = catalog.getImage(name);
  if (image === undefined) throw new Error(`no ${name}`);
  return feedbackRoute(catalog, image, aboutCve);
}

describe('feedbackRoute', () => {
  it('names the tracker, a prefilled new-issue link and the maintainers', () => {
    const answer = route('postgres');

    expect(answer.summary).toBe(
      'Report problems with the `postgres` image at docker-library/postgres issues: https://github.com/docker-library/postgres/issues',
    );
    expect(answer.facts[0]).toEqual({ label: 'Maintainers', value: '@tianon, @yosifkit' });
    expect(answer.links.map((link) => link.url)).toContain('https://github.com/docker-library/postgres/issues/new');
    expect(answer.caveats.join(' ')).toContain('upstream project');
  });

  it('uses the tracker the docs name when it is not on GitHub', () => {
    expect(route('ubuntu').summary).toContain('https://bugs.launchpad.net/cloud-images');
    expect(route('mediawiki').links[0]?.label).toBe('phabricator.wikimedia.org');
  });

  it('sends a CVE to the distribution first', () => {
    expect(route('python', true).caveats[0]).toContain('fixed by the distribution first');
  });

  it('routes a question with no image to the program tracker', () => {
    expect(programRoute(catalog).links[0]?.url).toBe('https://github.com/docker-library/official-images/issues');
  });
});
