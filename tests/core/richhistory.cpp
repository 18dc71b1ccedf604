// SPDX-License-Identifier: GPL-3.0-or-later
#include "richhistory.h"

#include <QFile>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

void makeExecutable(const QString &path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                    QFileDevice::ExeOther);
}

} // namespace

QByteArray numberedLines(const QString &pattern, int first, int last)
{
    QByteArray lines;
    for (int n = first; n <= last; ++n)
        lines += pattern.arg(n).toUtf8() + '\n';
    return lines;
}

void buildRichHistory(GitCli &git)
{
    git.init();
    git.writeFile(u"README.md"_s, "# Demo\n\nA repository made by a test.\n");
    git.writeFile(u"src/main.c"_s, numberedLines(u"int value%1 = %1;"_s, 1, 30));
    git.writeFile(u"docs/guide.txt"_s, numberedLines(u"Guide, line %1: how to use the tool."_s, 1, 20));
    git.writeFile(u"crlf.txt"_s, "one\r\ntwo\r\nthree\r\n");
    git.writeFile(u"noeol.txt"_s, "first\nsecond\nthe last line has no newline");
    git.writeFile(u"tools/run.sh"_s, "#!/bin/sh\necho run\n");
    git.writeFile(u"old.txt"_s, "to be deleted\n");
    git.commit(u"Initial commit\n\nThe first files of the repository.\n"_s);

    git.setAuthor(u"Zoë Ångström"_s, u"zoe@example.com"_s);
    QByteArray main = numberedLines(u"int value%1 = %1;"_s, 1, 30);
    main.replace("int value3 = 3;\nint value4 = 4;\nint value5 = 5;\n",
                 "int value3 = 6;\nint value4 = 8;\nint value5 = 10;\n");
    git.writeFile(u"src/main.c"_s, main + numberedLines(u"int extra%1 = %1;"_s, 31, 35));
    git.removeFile(u"old.txt"_s);
    git.writeFile(u"docs/Übersicht.md"_s, "Überblick\n");
    git.commit(u"Rework main and drop old.txt\n\nÜbersicht hinzugefügt — with UTF-8 ✓ 🚀\n"_s);

    git.setAuthor(u"Ada Lovelace"_s, u"ada@example.com"_s);
    git.move(u"docs/guide.txt"_s, u"manual/guide.txt"_s);
    const QString moved = git.commit(u"Move the guide to manual/"_s);
    git.tag(u"v0.1"_s, moved, u"First preview\n\nWith notes."_s);

    git.move(u"src/main.c"_s, u"src/app/main.c"_s);
    main = QByteArray(main + numberedLines(u"int extra%1 = %1;"_s, 31, 35));
    main.replace("int value10 = 10;\n", "int value10 = 100;\n");
    main.replace("int value20 = 20;\n", "int value20 = 200;\n");
    git.writeFile(u"src/app/main.c"_s, main);
    git.commit(u"Move main.c below src/app and tidy it"_s);

    QByteArray logo;
    for (int i = 0; i < 3000; ++i)
        logo.append(char(i % 256));
    git.writeFile(u"assets/logo.bin"_s, logo);
    git.commit(u"Add the logo"_s);
    git.run({u"branch"_s, u"feature"_s});

    for (int i = 100; i < 200; ++i)
        logo[i] = char(255 - i);
    git.writeFile(u"assets/logo.bin"_s, logo);
    git.commit(u"Brighter logo"_s);

    makeExecutable(git.filePath(u"tools/run.sh"_s));
    git.commit(u"Make run.sh executable"_s);
    git.commit(u"Trigger a build\n\nNothing changed, on purpose.\n"_s, {u"--allow-empty"_s});

    git.writeFile(u"crlf.txt"_s, "one\r\nTWO\r\nthree\r\nfour\r\n");
    git.writeFile(u"noeol.txt"_s, "first\nsecond\nthe last line changed, still without a newline");
    const QString lineEnds = git.commit(u"Line ends: CRLF and a file without a final newline"_s);
    git.tag(u"v0.2"_s, lineEnds);

    git.writeFile(u"README.md"_s, "# Demo\n\nA repository made by a test, with more words.\n");
    git.commit(u"Subject line one\nand its second line\n\nBody with trailing blanks   \n\n\n"_s, {}, true);
    git.writeFile(u"README.md"_s, "# Demo\n\nA repository made by a test, with even more words.\n");
    git.commit(u"\nA message that starts with an empty line\n"_s, {}, true);
    git.writeFile(u"README.md"_s, "# Demo\n\nThe words, tidied.\n");
    git.commit(u"Tidy up the words\u00a0\n"_s);
    git.move(u"crlf.txt"_s, u"windows-lines.txt"_s);
    git.commit(u"A better name for the CRLF file"_s);

    git.run({u"checkout"_s, u"-q"_s, u"feature"_s});
    git.setAuthor(u"Grace Hopper"_s, u"grace@example.com"_s);
    git.writeFile(u"feature.txt"_s, numberedLines(u"feature step %1"_s, 1, 10));
    git.commit(u"Start the feature"_s);
    git.writeFile(u"feature.txt"_s, numberedLines(u"feature step %1"_s, 1, 12));
    git.commit(u"Finish the feature"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.tick();
    git.run({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge branch 'feature'"_s, u"feature"_s});

    for (const QString &topic : {u"topic-a"_s, u"topic-b"_s}) {
        git.run({u"checkout"_s, u"-q"_s, u"-b"_s, topic, u"main"_s});
        git.writeFile(topic + u".txt"_s, topic.toUtf8() + '\n');
        git.commit(u"Work on "_s + topic);
    }
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.tick();
    git.run({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge topics a and b"_s, u"topic-a"_s, u"topic-b"_s});
    git.tag(u"v1.0"_s, git.oid(u"HEAD"_s), u"Release 1.0"_s);

    git.setAuthor(u"Ada Lovelace"_s, u"ada@example.com"_s);
    for (int i = 0; i < 2000; ++i)
        git.writeFile(u"generated/file%1.txt"_s.arg(i, 4, 10, QChar(u'0')), numberedLines(u"file %1"_s, 1, i % 3 + 1));
    git.commit(u"Generate 2,000 files"_s);
    for (int i = 0; i < 10; ++i)
        git.removeFile(u"generated/file%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
    for (int i = 10; i < 15; ++i)
        git.writeFile(u"generated/file%1.txt"_s.arg(i, 4, 10, QChar(u'0')), "rewritten\n");
    git.commit(u"Drop ten generated files, rewrite five"_s);
    git.tag(u"build/42"_s, git.oid(u"HEAD"_s));

    git.run({u"checkout"_s, u"-q"_s, u"--orphan"_s, u"pages"_s});
    git.run({u"rm"_s, u"-rfq"_s, u"."_s});
    git.writeFile(u"index.html"_s, "<h1>Pages</h1>\n");
    git.commit(u"Pages: a second root"_s);
    git.writeFile(u"index.html"_s, "<h1>Pages</h1>\n<p>More.</p>\n");
    git.tag(u"pages-1"_s, git.commit(u"Pages: more"_s));
    git.run({u"checkout"_s, u"-q"_s, u"-f"_s, u"main"_s});
}

} // namespace flowdeck::testing
