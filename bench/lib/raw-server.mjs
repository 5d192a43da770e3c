// The baseline for the server benchmarks: plain node:http answering every request with the bytes
// (status, headers, body) captured from one real Lianxin response. It reads the request body and
// ignores it, so the difference to the real server is the server's own work.
//   node bench/lib/raw-server.mjs <port> <response.json>
// response.json: { "status": 200, "headers": {...}, "body": "<base64>" }
import http from 'node:http';
import { readFileSync } from 'node:fs';

const port = Number(process.argv[2]);
const captured = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const body = Buffer.from(captured.body, 'base64');
const headers = { ...captured.headers, 'content-length': body.length };

const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(captured.status, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 72_000;
server.listen(port, '127.0.0.1', () => console.log(`raw server on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
