#!/usr/bin/env python3
"""Fails when an #include or a CMake link points up a layer (docs/architecture.md, "Layers").

Every header has one home folder, and every folder one layer. A source may include
headers of its own layer and of the layers below it that its layer links; the core's
layers (src/core/<layer>/CMakeLists.txt, `LAYERS`) may link only layers below them.

    scripts/check-layers.py [PROJECT_ROOT]

Prints one line per violation and exits 1 if there is any; 0 and a summary otherwise.
"""
import os
import re
import sys

# Each layer and the layers it may use (directly or through the ones it links). The
# order is the architecture: nothing may name a layer that names it back.
BELOW = {
    'model': set(),
    'text': {'model'},
    'ingest': {'text', 'model'},
    'export': {'text', 'model'},
    'db': {'model'},
    'search': {'db', 'text', 'model'},
    'store': {'search', 'ingest', 'db', 'text', 'model'},
    'services': {'store', 'export', 'search', 'ingest', 'db', 'text', 'model'},
    'export-pdf': {'export', 'text', 'model'},
    'cli': {'services', 'store', 'export', 'search', 'ingest', 'db', 'text', 'model', 'export-pdf'},
    'app': {'services', 'store', 'export', 'search', 'ingest', 'db', 'text', 'model', 'export-pdf'},
}
CORE = ['model', 'text', 'ingest', 'export', 'db', 'search', 'store', 'services']
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(relative):
    parts = relative.split('/')
    if parts[0] == 'src' and parts[1] == 'core':
        return parts[2]
    if parts[0] == 'src':
        return parts[1]
    return None


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
    sources = []
    homes = {}  # header file name -> layer (core headers are included by bare name)
    for folder, _, files in os.walk(os.path.join(root, 'src')):
        for name in files:
            if not name.endswith(('.h', '.cpp')):
                continue
            relative = os.path.relpath(os.path.join(folder, name), root)
            layer = layer_of(relative)
            if layer not in BELOW:
                print(f'{relative}: in no known layer (add its folder to scripts/check-layers.py)')
                return 1
            sources.append((relative, layer))
            if name.endswith('.h') and layer in CORE + ['export-pdf']:
                if name in homes and homes[name] != layer:
                    print(f'{relative}: header name also used in layer {homes[name]}')
                    return 1
                homes[name] = layer

    problems = []
    includes = 0
    for relative, layer in sources:
        with open(os.path.join(root, relative), encoding='utf-8') as source:
            text = source.read()
        for included in INCLUDE.findall(text):
            includes += 1
            if '..' in included.split('/'):
                problems.append(f'{relative}: #include "{included}" climbs out of its folder')
                continue
            home = homes.get(os.path.basename(included))
            if home is None or home == layer:
                continue  # the layer's own header, a generated one, or an app header
            if home not in BELOW[layer]:
                problems.append(f'{relative} ({layer}): #include "{included}" is from layer {home}, '
                                f'which {layer} may not use')

    links = 0
    for layer in CORE:
        cmake = os.path.join(root, 'src', 'core', layer, 'CMakeLists.txt')
        with open(cmake, encoding='utf-8') as lists:
            text = lists.read()
        call = re.search(r'duizhao_add_layer\(\s*(\S+)(.*?)\)\s*$', text, re.S | re.M)
        if not call or call.group(1) != layer:
            problems.append(f'{os.path.relpath(cmake, root)}: no duizhao_add_layer({layer} ...)')
            continue
        named = re.search(r'\bLAYERS\s+([^\n]*)', call.group(2))
        for lower in (named.group(1).split() if named else []):
            links += 1
            if lower not in BELOW[layer]:
                problems.append(f'{os.path.relpath(cmake, root)}: {layer} links {lower}, a layer it may not use')

    for problem in problems:
        print(problem)
    if problems:
        print(f'check-layers: {len(problems)} violation(s)')
        return 1
    print(f'check-layers: {len(sources)} files, {includes} project includes, {links} layer links: all point down')
    return 0


if __name__ == '__main__':
    sys.exit(main())
