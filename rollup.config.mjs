// Two outputs (see CONVENTIONS.md, "Build and packaging"):
//  - dist/npm/      the npm build: ESM, dependencies external, types in dist/types/
//  - dist/plan-chart.js  the drop-in build for portals: one script tag, everything bundled and minified;
//                   dynamic import() chunks land in dist/chunks/ and load only when needed.
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import {transform} from 'esbuild';
import {minify as terser} from 'terser';
import license from 'rollup-plugin-license';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys({...pkg.dependencies, ...pkg.peerDependencies});
// 'vega' and 'vega/build/…' are both external.
const isExternal = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** @param {string[]} candidates */
const existing = (candidates) => candidates.filter((file) => existsSync(new URL(file, import.meta.url)));

const onwarn = (warning, warn) => {
  // Dependencies contain harmless circular imports and misplaced /*@__PURE__*/ comments (zod 4);
  // warnings about our own code are worth seeing.
  const inDependency = /node_modules/.test(`${warning.id ?? ''} ${warning.ids?.join() ?? ''}`);
  if (inDependency && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
  warn(warning);
};

/**
 * The drop-in build carries the core of the dataset inside plan-chart.js (what a title and summary need, its tables
 * in columns: dist/data/dataset-core.json, written by `npm run data:build`), and ships the rest next to it
 * (data/dataset-text.json, fetched as soon as a widget starts) and the whole (data/dataset.json, for `src=` and
 * tools), their URLs resolved relative to the chunk that asks for them.
 */
function bundledDataset() {
  const id = '\0plan-chart:dataset-url';
  return {
    name: 'plan-chart-dataset',
    resolveId(source) {
      return source.endsWith('/dataset-url.js') || source === './dataset-url.js' ? id : null;
    },
    load(loading) {
      if (loading !== id) return null;
      const full = this.emitFile({
        type: 'asset',
        fileName: 'data/dataset.json',
        source: readFileSync('dist/data/dataset.json', 'utf8'),
      });
      const text = this.emitFile({
        type: 'asset',
        fileName: 'data/dataset-text.json',
        source: readFileSync('dist/data/dataset-text.json', 'utf8'),
      });
      // A JSON.parse of a string literal is faster to parse than the same object as JavaScript.
      const core = readFileSync('dist/data/dataset-core.json', 'utf8');
      return [
        `export function defaultDatasetUrl() { return import.meta.ROLLUP_FILE_URL_${full}; }`,
        `export function defaultTextUrl() { return import.meta.ROLLUP_FILE_URL_${text}; }`,
        `export function bundledDataset() { return JSON.parse(${JSON.stringify(core)}); }`,
      ].join('\n');
    },
  };
}

/**
 * The text of Lit's `css` literals without comments, indentation and line breaks, which no minifier touches (they are
 * strings): the first content's styles (plan-chart.styles.ts) cost 996 gzip bytes less in plan-chart.js, whose
 * budget is 40 kB. Literals with `${…}` are left alone. The browser parses the same rules (compared rule by rule).
 * @param {string} code
 */
function compactCss(code) {
  return code.replace(/\bcss`([^`$]*)`/g, (_, text) => {
    const compact = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .trim();
    return `css\`${compact}\``;
  });
}

/**
 * TypeScript stripped by esbuild, file by file (types are checked by `npm run typecheck`, which `npm test` runs, and
 * the npm build's declarations by the TypeScript plugin): the drop-in build in ~2 s instead of ~8 s.
 */
function esbuildTs() {
  return {
    name: 'esbuild-ts',
    // Relative imports end in `.js` (CONVENTIONS.md) and name the `.ts` file beside it.
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const file = fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), pathToFileURL(importer)));
      return existsSync(file) ? file : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('/node_modules/')) return null;
      const out = await transform(compactCss(code), {
        loader: 'ts',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: {compilerOptions: {experimentalDecorators: true, useDefineForClassFields: false}},
      });
      return {code: out.code, map: out.map};
    },
  };
}

/**
 * Chunks minified by esbuild: terser took ~7 s of a 2-core machine's build, for 2-4 % fewer gzip bytes. The one
 * file every reader downloads before first content, plan-chart.js (with its 40 kB budget, `npm run bench`), is still
 * minified by terser (2.5 % smaller there: 39.7 against 40.7 kB); it is small, so that costs about a second. `esm`
 * keeps the chunks' imports and exports; the classic scripts are minified as plain scripts (Rollup wrapped them).
 */
function esbuildMinify() {
  return {
    name: 'esbuild-minify',
    async renderChunk(code, chunk, options) {
      if (chunk.isEntry && chunk.name === 'plan-chart') {
        const out = await terser(code, {
          format: {comments: false},
          ecma: 2020,
          module: true,
          sourceMap: {asObject: true},
        });
        return {code: out.code, map: out.map};
      }
      const out = await transform(code, {
        minify: true,
        // What terser was told (ecma 2020), plus top-level await, which the module chunks use.
        target: 'es2020',
        supported: {'top-level-await': true},
        sourcemap: true,
        legalComments: 'none',
        ...(options.format === 'es' ? {format: 'esm'} : {}),
      });
      return {code: out.code, map: out.map};
    },
  };
}

/** The licences a bundled package may have: each lets us ship it in plan-chart.js with its notice. */
const ALLOWED_LICENCES = '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR Apache-2.0 OR 0BSD)';
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/**
 * The notice file of the drop-in build: every package bundled into plan-chart.js, embed.js and chunks/ (only
 * modules that are actually rendered), with its version, licence, licence text and NOTICE file, sorted by name.
 * Deterministic (no dates, no paths), so `npm run notices:check` can compare it with the committed copy.
 * @param {import('rollup-plugin-license').Dependency[]} dependencies
 */
function noticesText(dependencies) {
  const rule = '='.repeat(78);
  const entries = [...dependencies]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => {
      if (!d.licenseText) throw new Error(`${NOTICES_FILE}: ${d.name}@${d.version} ships no licence file`);
      const repo = typeof d.repository === 'string' ? d.repository : d.repository?.url;
      return [
        rule,
        `${d.name} ${d.version}`,
        `License: ${d.license}`,
        ...(d.homepage || repo ? [`Source: ${d.homepage || repo}`] : []),
        '',
        d.licenseText.trim(),
        ...(d.noticeText ? ['', 'NOTICE:', d.noticeText.trim()] : []),
      ].join('\n');
    });
  return [
    'Third-party software in the plan-chart drop-in build (plan-chart.js, embed.js and chunks/)',
    '',
    'These packages are bundled into the files of this folder. Their licences require that this notice travels',
    'with the code: keep this file next to plan-chart.js wherever you host it.',
    '',
    "plan-chart's own code is under the MIT licence (LICENSE in the repository); the dataset it carries",
    '(also data/dataset.json) is under CC BY 4.0.',
    '',
    `${dependencies.length} packages. Generated at build time by rollup-plugin-license; do not edit by hand.`,
    '',
    ...entries,
    '',
  ].join('\n');
}

/** @type {import('rollup').RollupOptions[]} */
const configs = [
  {
    input: Object.fromEntries(
      existing(['src/index.ts', 'src/define.ts', 'src/data/index.ts']).map((file) => [
        file.replace(/^src\//, '').replace(/\.ts$/, ''),
        file,
      ]),
    ),
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'npm/[name].js',
      chunkFileNames: 'npm/chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      json(),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist',
        declarationDir: 'dist/types',
        outputToFilesystem: true,
      }),
    ],
    onwarn,
  },
];

/** Removes chunks of earlier builds so dist/ holds exactly one build. */
function cleanChunks() {
  return {
    name: 'clean-chunks',
    buildStart() {
      rmSync('dist/chunks', {recursive: true, force: true});
    },
  };
}

/** Copies static files of the iframe embed next to the scripts. */
function embedAssets() {
  return {
    name: 'embed-assets',
    generateBundle() {
      for (const f of ['embed.html', 'embed.css'])
        this.emitFile({type: 'asset', fileName: f, source: readFileSync(`src/embed/${f}`, 'utf8')});
    },
  };
}

/**
 * The plan builder's PDF reader (demo/builder-plan.js imports it by URL, only when an editor chooses a PDF): pdf.js's
 * legacy build and its worker, copied as they ship with their licence into dist/builder/pdfjs/. Nothing of the widget
 * imports it, so it is in no bundle and not in the notice file of the drop-in build.
 */
function builderPdfjs() {
  const from = 'node_modules/pdfjs-dist';
  return {
    name: 'builder-pdfjs',
    generateBundle() {
      if (!existsSync(`${from}/legacy/build/pdf.min.mjs`)) {
        this.warn('pdfjs-dist is not installed: the plan builder will not read PDF files (npm install)');
        return;
      }
      for (const [file, to] of [
        ['legacy/build/pdf.min.mjs', 'pdf.min.mjs'],
        ['legacy/build/pdf.worker.min.mjs', 'pdf.worker.min.mjs'],
        ['LICENSE', 'LICENSE'],
      ])
        this.emitFile({type: 'asset', fileName: `builder/pdfjs/${to}`, source: readFileSync(`${from}/${file}`)});
    },
  };
}

/**
 * Every module that plan-chart.js imports statically stays inside it, even when a lazy chunk imports it too (the
 * texts, the unit resolver): otherwise Rollup moves it to a shared chunk, one more request before first content.
 * A manual chunk named as an entry is that entry.
 */
function intoEntry(entry, file = 'src/define.ts') {
  let reachable;
  return (id, {getModuleIds, getModuleInfo}) => {
    if (!reachable) {
      reachable = new Set();
      const root = [...getModuleIds()].find((m) => getModuleInfo(m)?.isEntry && m.endsWith(file));
      const queue = root ? [root] : [];
      while (queue.length) {
        const m = queue.pop();
        if (reachable.has(m)) continue;
        reachable.add(m);
        queue.push(...(getModuleInfo(m)?.importedIds ?? []));
      }
    }
    return reachable.has(id) ? entry : undefined;
  };
}

configs.push(
  // The drop-in build: dist/plan-chart.js (the element, with the dataset next to it) and dist/embed.js (the iframe
  // page), sharing chunks; Vega is a chunk of its own, loaded when the first widget nears the viewport.
  {
    input: {'plan-chart': 'src/define.ts', embed: 'src/embed/embed.ts'},
    // Shared code stays in plan-chart.js (embed.js imports it) rather than behind a tiny entry: one request less.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      manualChunks: intoEntry('plan-chart'),
    },
    plugins: [
      cleanChunks(),
      bundledDataset(),
      embedAssets(),
      builderPdfjs(),
      json(),
      nodeResolve({browser: true, exportConditions: ['browser', 'module', 'import', 'default']}),
      esbuildTs(),
      esbuildMinify(),
      license({
        sourcemap: true,
        thirdParty: {
          allow: {test: ALLOWED_LICENCES, failOnUnlicensed: true, failOnViolation: true},
          output: {file: `dist/${NOTICES_FILE}`, template: noticesText},
        },
      }),
    ],
    onwarn,
  },
  // Classic scripts for CMSs that strip type="module", and the host-page resizer for the iframe embed.
  ...['classic', 'resizer'].map((name) => ({
    input: `src/embed/${name}.js`,
    output: {file: name === 'classic' ? 'dist/plan-chart.classic.js' : 'dist/embed-resizer.js', format: 'iife'},
    plugins: [esbuildMinify()],
    onwarn,
  })),
);

// `npm start` builds only what the demo serves (the drop-in build: `rollup -c --environment PORTAL`); the npm build,
// with its declarations from the TypeScript compiler, is for `npm run build`, the tests and packaging.
export default process.env.PORTAL ? configs.slice(1) : configs;
