// A file written ahead of the rest of its set (a document's HTML before its DOCX and PDF):
// visible at once, and on rollback the earlier file is back exactly as it was — a link
// planted there included — or gone if there was none; nothing is left beside it. A file
// written whole goes past a temporary of its name left by an earlier process.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAtomic, writeProvisional } from '../../../src/build/write.js'

const folder = (): string => mkdtempSync(join(tmpdir(), 'itudoc-provisional-'))

describe('writeProvisional', () => {
  it('replaces the file at once and, on commit, keeps the new one with nothing beside it', () => {
    const dir = folder()
    const path = join(dir, 'doc.html')
    writeFileSync(path, 'old')
    const provisional = writeProvisional(path, 'new')!
    expect(readFileSync(path, 'utf8')).toBe('new')
    provisional.commit()
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['doc.html'])
  })

  it('puts the earlier file back on rollback', () => {
    const dir = folder()
    const path = join(dir, 'doc.html')
    writeFileSync(path, 'old')
    const provisional = writeProvisional(path, 'new')!
    provisional.rollback()
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['doc.html'])
  })

  it('removes a file that had no predecessor on rollback, its new folders created', () => {
    const dir = folder()
    const path = join(dir, 'sub', 'doc.html')
    const provisional = writeProvisional(path, 'new')!
    expect(readFileSync(path, 'utf8')).toBe('new')
    provisional.rollback()
    expect(readdirSync(join(dir, 'sub'))).toEqual([])
  })

  it('restores a link planted at the path as the link, never writing through it', () => {
    const dir = folder()
    mkdirSync(join(dir, 'elsewhere'))
    writeFileSync(join(dir, 'elsewhere', 'target.txt'), 'not to be touched')
    const path = join(dir, 'doc.html')
    symlinkSync(join(dir, 'elsewhere', 'target.txt'), path)
    const provisional = writeProvisional(path, 'new')!
    expect(lstatSync(path).isSymbolicLink()).toBe(false)
    provisional.rollback()
    expect(readlinkSync(path)).toBe(join(dir, 'elsewhere', 'target.txt'))
    expect(readFileSync(join(dir, 'elsewhere', 'target.txt'), 'utf8')).toBe('not to be touched')
  })
})

describe('writeAtomic', () => {
  it('writes past a temporary of its own name left by an earlier process, a link planted there included, without writing through it', () => {
    const dir = folder()
    const outside = join(dir, 'outside.txt')
    writeFileSync(outside, 'untouched')
    const path = join(dir, 'out', 'doc.pdf')
    mkdirSync(join(dir, 'out'))
    symlinkSync(outside, `${path}.${process.pid}.tmp`)
    writeAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(lstatSync(path).isSymbolicLink()).toBe(false)
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
    expect(readdirSync(join(dir, 'out'))).toEqual(['doc.pdf'])
  })

  it('makes the folders a file goes in', () => {
    const dir = folder()
    const path = join(dir, 'a', 'b', 'doc.html')
    writeAtomic(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['doc.html'])
  })
})
