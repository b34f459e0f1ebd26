// `itudoc preview`: build, serve the output folder on 127.0.0.1 (sirv), watch the sources,
// templates and locales (chokidar), rebuild what changed and tell the open pages over a
// WebSocket (ws) to reload; the findings of the last build show in an overlay on the page.
// The live-reload script is added to HTML pages as they are served, never written to out/.
import { readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve, sep } from 'node:path'
import sirv from 'sirv'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Finding } from '../model/diagnostic.js'
import { isInside, realRoot, resolveInside } from './files.js'
import { build, type BuildOptions, type BuildResult } from './index.js'
import { readManifest, type ManifestEntry } from './manifest.js'
import { localesDir, templateFilesDir } from './package-root.js'
import { forgetEnvironments } from './variant-job.js'
import { outputFile } from './write.js'
import { watchSources, type Watcher } from './watch.js'

export interface PreviewOptions extends BuildOptions {
  host: string
  /** 0: any free port. */
  port: number
  /** Called after every build (the first one included) with its result. */
  onBuild?(result: BuildResult, changed: string[]): void
  /** A rebuild that failed as a whole (an output refused, say); the preview goes on (default: print it). */
  onError?(error: unknown): void
}

export interface Preview {
  url: string
  server: Server
  watcher: Watcher
  close(): Promise<void>
}

/** What the pages hear on the WebSocket. */
export type PreviewMessage =
  | { type: 'findings'; findings: Finding[] }
  | { type: 'reload'; changed: string[] }

export const socketPath = '/__itudoc/live'

const client = `<script>
(() => {
  const here = decodeURIComponent(location.pathname).replace(/^\\//, '') || 'index.html'
  const show = (findings) => {
    let box = document.getElementById('itudoc-findings')
    if (!findings.length) return box?.remove()
    if (!box) {
      box = document.createElement('aside')
      box.id = 'itudoc-findings'
      box.setAttribute('aria-label', 'itudoc findings')
      box.setAttribute('lang', 'en')
      box.setAttribute('dir', 'ltr')
      box.style.cssText = 'position:fixed;inset:auto 1em 1em 1em;max-height:40vh;overflow:auto;z-index:2147483647;background:#fff8e1;color:#000;border:2px solid #b00000;padding:0.5em 1em;font:12px/1.4 monospace;white-space:pre-wrap'
      document.body.append(box)
    }
    box.textContent = ''
    const close = document.createElement('button')
    close.textContent = 'Close'
    close.onclick = () => box.remove()
    box.append(close)
    for (const f of findings) {
      const line = document.createElement('div')
      line.textContent = f.file + ':' + f.line + ':' + f.column + '  ' + f.severity + '  ' + f.message + '  ' + f.ruleId
      box.append(line)
    }
  }
  const connect = (reconnecting) => {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '${socketPath}')
    // window.__itudocLive: tests (and the curious) can tell the page is listening.
    socket.onopen = () => { window.__itudocLive = true; if (reconnecting) location.reload() }
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data)
      if (message.type === 'findings') show(message.findings)
      if (message.type === 'reload' && (here === 'index.html' || message.changed.includes(here))) location.reload()
    }
    socket.onclose = () => setTimeout(() => connect(true), 1000)
  }
  connect(false)
})()
</script>`

/**
 * What a request path names in the served folder: a regular file inside it (symbolic links
 * followed, and still inside), or a refusal. `..` in any spelling (raw, %2e%2e, %2f) and
 * links leading out are "outside" (403), never served.
 */
export function servedFile(dir: string, urlPath: string): { file: string } | { status: 403 | 404 } {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!)
  } catch {
    return { status: 404 }
  }
  if (path.includes('\0') || !path.startsWith('/')) return { status: 403 }
  const absolute = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`)
  if (!isInside(resolve(dir), absolute)) return { status: 403 }
  const found = resolveInside(realRoot(dir), absolute)
  if (!('real' in found)) return { status: found.status === 'escape' ? 403 : 404 }
  return statSync(found.real).isFile() ? { file: found.real } : { status: 404 }
}

/** Whether a Host header names this machine: a page of another site (DNS rebinding) may not read the preview. */
function isLocalHost(host: string | undefined, bound: string): boolean {
  if (!['127.0.0.1', '::1', 'localhost'].includes(bound)) return true
  const name = (host ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return ['127.0.0.1', '::1', 'localhost'].includes(name)
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const outDir = resolve(options.out)
  let findings: Finding[] = []
  const sockets = new Set<WebSocket>()
  const send = (message: PreviewMessage): void => {
    const text = JSON.stringify(message)
    for (const socket of sockets) socket.send(text)
  }

  const rebuild = async (changed: string[]): Promise<void> => {
    if (changed.some((path) => [templateFilesDir, localesDir].some((dir) => path.startsWith(dir + sep)))) forgetEnvironments()
    const before = new Map((readManifest(outputFile(outDir, 'manifest.json'))?.artifacts ?? []).map((e) => [e.path, e.sha256]))
    // A page whose HTML is written ahead of its DOCX and PDF reloads at once, and not again
    // at the end unless the file changed since (put back because the variant failed).
    const onEarlyWrite = (artifact: ManifestEntry): void => {
      before.set(artifact.path, artifact.sha256)
      send({ type: 'reload', changed: [artifact.path] })
      options.onEarlyWrite?.(artifact)
    }
    const result = await build({ ...options, onEarlyWrite })
    findings = result.findings
    options.onBuild?.(result, changed)
    const written = result.artifacts.filter((a) => before.get(a.path) !== a.sha256).map((a) => a.path)
    send({ type: 'findings', findings })
    send({ type: 'reload', changed: written.length ? [...written, 'index.html'] : [] })
  }
  await rebuild([])
  // Later rebuilds run from the watcher: a failure is reported and the next change retried.
  const onError = options.onError ?? ((error: unknown) => void process.stderr.write(`itudoc preview: ${String((error as Error)?.message ?? error)}\n`))
  const rebuildSafely = (changed: string[]): Promise<void> => rebuild(changed).catch(onError)

  const files = sirv(outDir, { dev: true, dotfiles: false })
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    if (!isLocalHost(req.headers.host, options.host)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden: not a local host name\n')
      return
    }
    const served = servedFile(outDir, req.url ?? '/')
    if (!('file' in served)) {
      res.writeHead(served.status, { 'content-type': 'text/plain; charset=utf-8' }).end(served.status === 403 ? 'forbidden: outside the output folder\n' : 'not found\n')
      return
    }
    const { file } = served
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8')
      const end = html.lastIndexOf('</body>')
      const body = end < 0 ? html + client : `${html.slice(0, end)}${client}\n${html.slice(end)}`
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    files(req, res, () => void res.writeHead(404).end())
  })
  const sockets_ = new WebSocketServer({ server, path: socketPath, verifyClient: ({ req }: { req: IncomingMessage }) => isLocalHost(req.headers.host, options.host) })
  sockets_.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.send(JSON.stringify({ type: 'findings', findings } satisfies PreviewMessage))
  })
  await new Promise<void>((done, fail) => server.once('error', fail).listen(options.port, options.host, () => done()))
  const { port } = server.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host

  const watcher = watchSources([options.root, templateFilesDir, localesDir], rebuildSafely, { ignore: [outDir] })
  await watcher.ready
  return {
    url: `http://${host}:${port}/`,
    server,
    watcher,
    close: async () => {
      await watcher.close()
      for (const socket of sockets) socket.terminate()
      sockets_.close()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
