import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from '../support/factories';
import { SAMPLES } from '../support/sample-files';
import { createTestApp, type TestApp } from '../support/test-app';

describe('responses on slow links', () => {
  let t: TestApp;
  let storage: string;

  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'bilikti-compression-'));
    t = await createTestApp({ STORAGE_DIR: storage });
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  it('compresses JSON when the client accepts it', async () => {
    const admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    const response = await admin.get('/api/regions').set('Accept-Encoding', 'gzip').expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body).toHaveLength(20);
  });

  it('leaves uploaded files uncompressed so that range requests still work', async () => {
    const admin = await signIn(t, await createUser(t, { roles: ['admin'] }));
    const pdf = (await admin.post('/api/media').attach('file', SAMPLES.pdf, 'a.pdf').expect(201)).body;
    const response = await admin
      .get(`/api/media/${pdf.id}`)
      .set('Accept-Encoding', 'gzip')
      .set('Range', 'bytes=0-4')
      .expect(206);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-range']).toMatch(/^bytes 0-4\//);
  });
});
