// `itudoc preview`: build, serve the output folder on 127.0.0.1 (sirv), watch the sources,
// templates and locales (chokidar), rebuild what changed and tell the open pages over a
// WebSocket (ws) to reload; the findings of the last build show in an overlay on the page.
// The live-reload script is added to HTML pages as they are served, never written to out/.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import sirv from 'sirv'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Finding } from '../model/diagnostic.js'
import { build, type BuildOptions, type BuildResult } from './index.js'
import { readManifest } from './manifest.js'
import { localesDir, templateFilesDir } from './package-root.js'
import { forgetEnvironments } from './variant-job.js'
import { watchSources, type Watcher } from './watch.js'

export interface PreviewOptions extends BuildOptions {
  host: string
  /** 0: any free port. */
  port: number
  /** Called after every build (the first one included) with its result. */
  onBuild?(result: BuildResult, changed: string[]): void
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
    socket.onopen = () => { if (reconnecting) location.reload() }
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

/** The file a URL path names, if it is a file inside the folder (never outside it). */
export function fileInside(dir: string, urlPath: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  const absolute = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`)
  const inside = relative(dir, absolute)
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined
  return existsSync(absolute) && statSync(absolute).isFile() ? absolute : undefined
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
    const before = new Map((readManifest(join(outDir, 'manifest.json'))?.artifacts ?? []).map((e) => [e.path, e.sha256]))
    const result = await build(options)
    findings = result.findings
    options.onBuild?.(result, changed)
    const written = result.artifacts.filter((a) => before.get(a.path) !== a.sha256).map((a) => a.path)
    send({ type: 'findings', findings })
    send({ type: 'reload', changed: written.length ? [...written, 'index.html'] : [] })
  }
  await rebuild([])

  const files = sirv(outDir, { dev: true, dotfiles: false })
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    const url = req.url ?? '/'
    const file = fileInside(outDir, url)
    if (file?.endsWith('.html')) {
      const html = readFileSync(file, 'utf8')
      const body = html.includes('</body>') ? html.replace('</body>', `${client}\n</body>`) : html + client
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    files(req, res, () => void res.writeHead(404).end())
  })
  const sockets_ = new WebSocketServer({ server, path: socketPath })
  sockets_.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.send(JSON.stringify({ type: 'findings', findings } satisfies PreviewMessage))
  })
  await new Promise<void>((done, fail) => server.once('error', fail).listen(options.port, options.host, () => done()))
  const { port } = server.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host

  const watcher = watchSources([options.root, templateFilesDir, localesDir], rebuild, { ignore: [outDir] })
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
