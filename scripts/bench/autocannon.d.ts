/** The slice of autocannon's API the load generator uses (the package ships no types). */
declare module 'autocannon' {
  interface Request { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface RequestSpec extends Request {
    setupRequest?: (req: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  interface Options { url: string; connections?: number; amount?: number; duration?: number; timeout?: number; requests?: RequestSpec[] }
  interface Histogram { p50: number; p99: number; average: number }
  interface Result { errors: number; timeouts: number; non2xx: number; latency: Histogram; requests: Histogram }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
