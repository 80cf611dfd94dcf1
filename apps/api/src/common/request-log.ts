/** The request as pino-http hands it to a serializer (pino-std-serializers' shape, the part used). */
interface LoggedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * What a request's log line tells: who asked for what and the answer's status. Headers are left
 * out, so a session cookie or an authorization header can never reach the logs; and nothing is
 * copied and redacted on every request.
 */
export const requestLogSerializers = {
  req: (req: LoggedRequest) => ({
    id: req.id,
    method: req.method,
    url: req.url,
    remoteAddress: req.remoteAddress,
    userAgent: req.headers?.['user-agent'],
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};
