import { requestLogSerializers } from './request-log';

describe('request log serializers', () => {
  it('keep who asked for what, and never a session cookie, an authorization header or a set-cookie', () => {
    const token = 'c2Vzc2lvbi10b2tlbi10aGF0LW11c3Qtbm90LWxlYWs';
    const req = requestLogSerializers.req({
      id: 'r-1',
      method: 'PUT',
      url: '/api/lessons/l-1/progress',
      remoteAddress: '10.0.0.7',
      headers: { cookie: `bilikti_session=${token}`, authorization: `Bearer ${token}`, 'user-agent': 'Mobile' },
    });
    const res = requestLogSerializers.res(
      Object.assign({ statusCode: 200 }, { headers: { 'set-cookie': `bilikti_session=${token}` } }),
    );
    expect(req).toEqual({
      id: 'r-1',
      method: 'PUT',
      url: '/api/lessons/l-1/progress',
      remoteAddress: '10.0.0.7',
      userAgent: 'Mobile',
    });
    expect(res).toEqual({ statusCode: 200 });
    expect(JSON.stringify([req, res])).not.toContain(token);
  });
});
