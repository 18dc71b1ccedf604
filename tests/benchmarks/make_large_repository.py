#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a large git repository for the git import benchmark, through `git fast-import`.

The history is shaped like a long-lived project: a few thousand source files that grow and change, feature
branches merged back, renames, binary files, and release tags, so that both metadata-only and diff-stat
imports do realistic work. The same arguments give the same repository.

    make_large_repository.py DIR [--commits 80000] [--seed 1]
"""
import argparse
import os
import random
import subprocess
import sys

WORDS = ("alpha beta gamma delta basket price order stock search cache retry client server index "
         "update render parse token commit branch merge release deploy window queue worker").split()


def line(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--commits", type=int, default=80000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(args.directory, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.directory], check=True)
    importer = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=args.directory,
                                stdin=subprocess.PIPE)
    out = importer.stdin

    def write(text):
        out.write(text.encode("utf-8") if isinstance(text, str) else text)

    def data(payload):
        payload = payload.encode("utf-8") if isinstance(payload, str) else payload
        write(b"data %d\n" % len(payload))
        write(payload)
        write(b"\n")

    files = {}  # path -> list of lines (None for binary files)
    authors = ["Ada Lovelace <ada@example.org>", "Grace Hopper <grace@example.org>",
               "Linus Example <linus@example.org>", "Zoë Ämsel <zoe@example.org>",
               "Ken Thompson <ken@example.org>", "Barbara Liskov <barbara@example.org>"]
    time = 1_300_000_000
    mark = 0
    main_tip = None
    branch_tip = None
    branch_start = 0
    branch_changes = []

    def commit(ref, parents, changes, message):
        nonlocal mark, time
        mark += 1
        time += rng.randint(60, 7200)
        who = rng.choice(authors)
        write(f"commit {ref}\nmark :{mark}\n")
        write(f"author {who} {time} +0100\ncommitter {who} {time + rng.randint(0, 600)} +0100\n")
        data(message)
        if parents:
            write(f"from :{parents[0]}\n")
            for extra in parents[1:]:
                write(f"merge :{extra}\n")
        for change in changes:
            write(change)
        return mark

    def modify(path, payload):
        if isinstance(payload, list):
            payload = "\n".join(payload) + "\n"
        buffer = payload.encode("utf-8") if isinstance(payload, str) else payload
        return b"M 100644 inline " + path.encode() + b"\n" + b"data %d\n" % len(buffer) + buffer + b"\n"

    for number in range(args.commits):
        changes = []
        touched = rng.randint(1, 6) if files else 40
        for _ in range(touched):
            roll = rng.random()
            if not files or roll < 0.08:
                path = f"src/{rng.choice(WORDS)}/{rng.choice(WORDS)}_{len(files)}.c"
                if rng.random() < 0.02:
                    path = path[:-2] + ".png"
                    files[path] = None
                    changes.append(modify(path, bytes(rng.getrandbits(8) for _ in range(200)) + b"\0"))
                else:
                    files[path] = [line(rng) for _ in range(rng.randint(5, 80))]
                    changes.append(modify(path, files[path]))
            elif roll < 0.10 and len(files) > 50:
                old = rng.choice(list(files))
                if files[old] is None:
                    continue
                new = f"lib/{rng.choice(WORDS)}/{os.path.basename(old)}"
                if new in files:
                    continue
                files[new] = files.pop(old)
                changes.append(f"R {old} {new}\n".encode())
            elif roll < 0.12 and len(files) > 200:
                old = rng.choice(list(files))
                files.pop(old)
                changes.append(f"D {old}\n".encode())
            else:
                path = rng.choice(list(files))
                content = files[path]
                if content is None:
                    changes.append(modify(path, bytes(rng.getrandbits(8) for _ in range(300)) + b"\0"))
                    continue
                for _ in range(rng.randint(1, 8)):
                    at = rng.randint(0, len(content))
                    if rng.random() < 0.6 or len(content) < 3:
                        content.insert(at, line(rng))
                    else:
                        del content[min(at, len(content) - 1)]
                changes.append(modify(path, content))
        message = f"{rng.choice(['Fix', 'Add', 'Refactor', 'Speed up', 'Document'])} {line(rng)}\n\nChange {number}.\n"
        # Every ~40 commits a feature branch of a few commits is merged back into main.
        # The merge replays the branch's changes onto main, whose tree has not moved meanwhile.
        if branch_tip is None and number % 40 == 0 and main_tip is not None:
            branch_tip = commit("refs/heads/feature", [main_tip], changes, message)
            branch_start = number
            branch_changes = list(changes)
        elif branch_tip is not None and number - branch_start < 5:
            branch_tip = commit("refs/heads/feature", [branch_tip], changes, message)
            branch_changes += changes
        elif branch_tip is not None:
            main_tip = commit("refs/heads/main", [main_tip, branch_tip], branch_changes + changes,
                              f"Merge branch 'feature-{branch_start}'\n")
            branch_tip = None
        else:
            main_tip = commit("refs/heads/main", [main_tip] if main_tip else [], changes, message)
        if main_tip and number % 500 == 0:
            write(f"reset refs/tags/v{number // 500}.0\nfrom :{main_tip}\n\n")
    write("done\n")
    out.close()
    if importer.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", args.directory, "branch", "-D", "feature"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["git", "-C", args.directory, "gc", "-q", "--aggressive"], check=True)


if __name__ == "__main__":
    main()
