// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democodefiles.h"

#include "demo/demorandom.h"
#include "demo/demovocabulary.h"

#include <QHash>
#include <QSet>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

QStringList codePaths(const QString &service)
{
    static const QStringList folders{u"src/api"_s, u"src/domain"_s, u"src/infrastructure"_s,
                                     u"src/web"_s, u"test"_s,       u"config"_s};
    const QString suffix = service.startsWith(u"storefront"_s)  ? u".tsx"_s
                           : service.startsWith(u"mobile"_s)    ? u".kt"_s
                           : service.startsWith(u"checkout"_s)  ? u".go"_s
                           : service.startsWith(u"inventory"_s) ? u".py"_s
                                                                : u".java"_s;
    QStringList paths;
    for (const QString &folder : folders) {
        for (const QString &subject : subjects())
            paths.append(folder + u'/' + QString(subject).replace(u' ', u'_') + suffix);
    }
    return paths;
}

QList<CommitFile> commitFiles(const Commit &commit, const QString &service, int index, const QStringList &paths)
{
    DemoRandom random(qHash(service) * 31u + quint64(index));
    const int count = *commit.filesChanged;
    QList<CommitFile> files;
    QSet<int> used;
    int insertionsLeft = *commit.insertions;
    int deletionsLeft = *commit.deletions;
    for (int i = 0; i < count; ++i) {
        int pick = int(random.between(0, paths.size() - 1));
        while (used.contains(pick) && used.size() < paths.size())
            pick = (pick + 1) % int(paths.size());
        used.insert(pick);
        CommitFile file;
        file.position = i;
        file.path =
            used.size() <= paths.size() && i < paths.size() ? paths[pick] : u"src/generated/part_%1.txt"_s.arg(i);
        const bool last = i == count - 1;
        file.insertions = last ? insertionsLeft : int(random.between(0, insertionsLeft));
        file.deletions = last ? deletionsLeft : int(random.between(0, deletionsLeft));
        insertionsLeft -= *file.insertions;
        deletionsLeft -= *file.deletions;
        files.append(file);
    }
    return files;
}

QList<CommitFile> squashedFiles(const QList<QList<CommitFile>> &files, const QList<int> &commits)
{
    QList<CommitFile> squashed;
    QHash<QString, int> byPath;
    for (int commit : commits) {
        for (const CommitFile &file : files[commit]) {
            auto found = byPath.find(file.path);
            if (found == byPath.end()) {
                byPath.insert(file.path, int(squashed.size()));
                CommitFile copy = file;
                copy.position = int(squashed.size());
                squashed.append(copy);
            } else {
                *squashed[*found].insertions += *file.insertions;
                *squashed[*found].deletions += *file.deletions;
            }
        }
    }
    return squashed;
}

} // namespace flowdeck::demo
