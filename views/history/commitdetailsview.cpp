// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitdetailsview.h"

#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestyle.h"
#include "history/commitdeploymentsmodel.h"
#include "history/commitfilesmodel.h"
#include "history/commitmarks.h"
#include "history/environmentarrivalsmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::sectionTitle;
using pagestyle::unit;

namespace {

constexpr int maxListedDeployments = 10;
constexpr int maxListedFiles = 15;
constexpr int sideBySideWidth = 110 * unit;

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    // Long unbroken values (an email, a path) are clipped instead of widening the pane.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QString shortOid(const QString &oid)
{
    return oid.left(history::shortOidLength);
}

// The moment in local time, then in the time zone it was recorded in.
QString exactWithZone(Timestamp at, int offsetMinutes)
{
    const QDateTime own = QDateTime::fromMSecsSinceEpoch(at, Qt::OffsetFromUTC, offsetMinutes * 60);
    return CommitDetailsView::tr("%1\nIn the committer's or author's own time zone: %2")
        .arg(format::exactDateTime(at), QLocale().toString(own, QLocale::LongFormat));
}

} // namespace

CommitDetailsView::CommitDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_arrivals(new EnvironmentArrivalsModel(this))
    , m_deployments(new CommitDeploymentsModel(this))
    , m_files(new CommitFilesModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_placeholderView = new QWidget(m_stack);
    auto *placeholderLayout = new QVBoxLayout(m_placeholderView);
    placeholderLayout->setContentsMargins(3 * unit, 3 * unit, 3 * unit, 3 * unit);
    m_placeholderText = quietLabel(m_placeholderView);
    m_placeholderText->setObjectName(u"detailsPlaceholder"_s);
    m_placeholderText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholderText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addStretch();
    m_stack->addWidget(m_placeholderView);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_content->setObjectName(u"detailsContent"_s);
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, m_content);
    m_columns->setContentsMargins(3 * unit, 2 * unit, 3 * unit, 3 * unit);
    m_columns->setSpacing(4 * unit);
    auto *layout = new QVBoxLayout;
    layout->setSpacing(unit);
    auto *where = new QVBoxLayout;
    where->setSpacing(unit);
    m_columns->addLayout(layout, 1);
    m_columns->addLayout(where, 1);

    m_summary = valueLabel(m_content);
    m_summary->setObjectName(u"detailsSummary"_s);
    m_summary->setFont(pagestyle::scaledFont(font(), 1.25, QFont::DemiBold));
    layout->addWidget(m_summary);
    m_mergeMark = markRow(&m_mergeIcon, &m_mergeText, u"mergeMark"_s);
    m_unreachableMark = markRow(&m_unreachableIcon, &m_unreachableText, u"unreachableMark"_s);
    layout->addWidget(m_mergeMark);
    layout->addWidget(m_unreachableMark);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(2 * unit);
    grid->setVerticalSpacing(unit / 2);
    grid->setColumnStretch(1, 1);
    m_oid = addField(grid, 0, &m_oidName);
    m_oid->setObjectName(u"detailsOid"_s);
    m_oid->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_repository = addField(grid, 1, &m_repositoryName);
    m_author = addField(grid, 2, &m_authorName);
    m_author->setObjectName(u"detailsAuthor"_s);
    m_written = addField(grid, 3, &m_writtenName);
    m_written->setObjectName(u"detailsWritten"_s);
    m_committed = addField(grid, 4, &m_committedName);
    m_parents = addField(grid, 5, &m_parentsName);
    m_parents->setObjectName(u"detailsParents"_s);
    m_parents->setTextFormat(Qt::RichText);
    m_parents->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_parents, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"commit:"_s))
            Q_EMIT commitActivated(link.mid(7).toLongLong());
    });
    m_changes = addField(grid, 6, &m_changesName);
    m_changes->setObjectName(u"detailsChanges"_s);
    layout->addSpacing(unit / 2);
    layout->addLayout(grid);

    m_body = valueLabel(m_content);
    m_body->setObjectName(u"detailsBody"_s);
    m_body->setContentsMargins(0, unit, 0, 0);
    layout->addWidget(m_body);

    m_reachedTitle = sectionTitle(m_content);
    m_reachedEmpty = quietLabel(m_content);
    m_reachedEmpty->setObjectName(u"reachedEmpty"_s);
    m_arrivalsView = createTable(m_content, u"arrivals"_s);
    m_arrivalsView->setModel(m_arrivals);
    m_arrivalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_arrivalsView->horizontalHeader()->setStretchLastSection(true);
    where->addWidget(m_reachedTitle);
    where->addWidget(m_reachedEmpty);
    where->addWidget(m_arrivalsView);

    m_shippedTitle = sectionTitle(m_content);
    m_deploymentsView = createTable(m_content, u"deployments"_s);
    m_deploymentsView->setModel(m_deployments);
    m_deploymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deploymentsView->horizontalHeader()->setStretchLastSection(true);
    where->addSpacing(unit);
    where->addWidget(m_shippedTitle);
    where->addWidget(m_deploymentsView);

    m_filesTitle = sectionTitle(m_content);
    m_filesEmpty = quietLabel(m_content);
    m_filesEmpty->setObjectName(u"filesEmpty"_s);
    m_filesView = createTable(m_content, u"files"_s);
    m_filesView->setModel(m_files);
    QHeaderView *filesHeader = m_filesView->horizontalHeader();
    filesHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    filesHeader->setSectionResizeMode(CommitFilesModel::PathColumn, QHeaderView::Stretch);
    m_filesView->setTextElideMode(Qt::ElideMiddle);
    where->addStretch();
    // What the commit changed goes with the commit; where it went, beside it.
    layout->addSpacing(unit);
    layout->addWidget(m_filesTitle);
    layout->addWidget(m_filesEmpty);
    layout->addWidget(m_filesView);
    layout->addStretch();

    scroll->setWidget(m_content);
    m_stack->addWidget(scroll);

    retranslate();
    restyle();
    m_stack->setCurrentWidget(m_placeholderView);
}

CommitDetailsView::~CommitDetailsView() = default;

QLabel *CommitDetailsView::addField(QGridLayout *grid, int row, QLabel **name)
{
    *name = quietLabel(m_content);
    (*name)->setWordWrap(false);
    auto *value = valueLabel(m_content);
    grid->addWidget(*name, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 1);
    return value;
}

QWidget *CommitDetailsView::markRow(QLabel **icon, QLabel **text, const QString &objectName)
{
    auto *row = new QWidget(m_content);
    row->setObjectName(objectName);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    *icon = new QLabel(row);
    *text = valueLabel(row);
    layout->addWidget(*icon, 0, Qt::AlignTop);
    layout->addWidget(*text, 1);
    return row;
}

QTableView *CommitDetailsView::createTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    table->setFocusPolicy(Qt::NoFocus);
    return table;
}

void CommitDetailsView::showPlaceholder(const QString &text)
{
    m_shown = false;
    m_error.clear();
    m_placeholder = text;
    m_placeholderText->setText(text);
    m_stack->setCurrentWidget(m_placeholderView);
}

void CommitDetailsView::showError(const QString &message)
{
    m_shown = false;
    m_error = message;
    m_placeholderText->setText(tr("The commit could not be read. %1").arg(message));
    m_stack->setCurrentWidget(m_placeholderView);
}

void CommitDetailsView::showDetails(const history::CommitDetails &details, Timestamp now)
{
    m_details = details;
    m_now = now;
    m_shown = true;
    m_error.clear();
    render();
    m_stack->setCurrentWidget(m_stack->widget(1));
}

void CommitDetailsView::render()
{
    const Commit &commit = m_details.commit;
    m_summary->setText(commit.summary);

    m_mergeText->setText(tr("Merge commit: it joins the work of %n parents.", nullptr, int(m_details.parents.size())));
    m_mergeMark->setVisible(commit.isMerge);
    m_unreachableText->setText(tr("Unreachable: no imported branch or tag contains this commit any more (a branch "
                                  "was deleted or force-pushed)."));
    m_unreachableMark->setVisible(!commit.reachable);

    m_oid->setText(commit.oid);
    m_repository->setText(m_details.repository);
    m_author->setText(tr("%1 <%2>").arg(commit.authorName, commit.authorEmail));
    //: When a commit was written: its age, then the date, as in "5 days ago · 14.11.23 23:13".
    m_written->setText(tr("%1 · %2").arg(format::age(commit.authorTime, m_now), format::dateTime(commit.authorTime)));
    m_written->setToolTip(exactWithZone(commit.authorTime, commit.authorOffsetMinutes));

    const bool otherCommitter =
        commit.committerName != commit.authorName || commit.committerEmail != commit.authorEmail;
    const bool committedLater = commit.committerTime - commit.authorTime >= 60'000;
    if (otherCommitter || committedLater) {
        const QString when = format::age(commit.committerTime, m_now);
        m_committed->setText(otherCommitter ? tr("%1 <%2>, %3").arg(commit.committerName, commit.committerEmail, when)
                                            : when);
        m_committed->setToolTip(exactWithZone(commit.committerTime, commit.committerOffsetMinutes));
    }
    m_committed->setVisible(otherCommitter || committedLater);
    m_committedName->setVisible(otherCommitter || committedLater);

    QStringList parents;
    for (const history::CommitParentRef &parent : std::as_const(m_details.parents)) {
        const QString oid = shortOid(parent.oid);
        if (parent.id) {
            parents.append(
                u"<a href=\"commit:%1\">%2</a> %3"_s.arg(*parent.id).arg(oid, parent.summary.toHtmlEscaped()));
        } else {
            parents.append(oid + u' ' +
                           tr("(not in the workspace: beyond a shallow clone or not imported)").toHtmlEscaped());
        }
    }
    m_parents->setText(parents.isEmpty() ? tr("none: the first commit of its history").toHtmlEscaped()
                                         : parents.join(u"<br>"_s));

    if (commit.isMerge) {
        m_changes->setText(tr("not counted for merges, as in git log"));
    } else if (!commit.filesChanged) {
        m_changes->setText(tr("not imported (the repository was imported without diff statistics)"));
    } else {
        const int files = *commit.filesChanged;
        const QString filesText = files == 1 ? tr("1 file changed") : tr("%n files changed", nullptr, files);
        //: Files changed, then lines inserted and deleted: "2 files changed · +50 −0".
        m_changes->setText(tr("%1 · +%2 −%3")
                               .arg(filesText, format::count(commit.insertions.value_or(0)),
                                    format::count(commit.deletions.value_or(0))));
    }

    const qsizetype bodyStart = commit.message.indexOf(u'\n');
    const QString body = bodyStart < 0 ? QString() : commit.message.mid(bodyStart + 1).trimmed();
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());

    m_arrivals->setArrivals(m_details.arrivals);
    m_arrivalsView->setVisible(!m_details.arrivals.isEmpty());
    m_reachedEmpty->setVisible(m_details.arrivals.isEmpty());
    m_reachedEmpty->setText(m_details.deployments.isEmpty()
                                ? tr("No deployment has shipped this commit yet.")
                                : tr("No successful deployment has brought this commit to an environment yet."));
    flattable::fitRows(m_arrivalsView, maxListedDeployments);

    m_deployments->setDeployments(m_details.deployments, m_now);
    m_shippedTitle->setVisible(!m_details.deployments.isEmpty());
    m_deploymentsView->setVisible(!m_details.deployments.isEmpty());
    flattable::fitRows(m_deploymentsView, maxListedDeployments);

    m_files->setFiles(m_details.files);
    m_filesView->setVisible(!m_details.files.isEmpty());
    m_filesEmpty->setVisible(m_details.files.isEmpty());
    if (commit.isMerge)
        m_filesEmpty->setText(tr("A merge commit lists no files of its own."));
    else
        m_filesEmpty->setText(tr("The list of files was not imported for this commit. Import the repository again "
                                 "with diff statistics to see it."));
    m_filesTitle->setText(m_details.files.isEmpty() ? tr("Files")
                                                    : tr("Files (%1)").arg(format::count(m_details.files.size())));
    flattable::fitRows(m_filesView, maxListedFiles);
}

void CommitDetailsView::retranslate()
{
    m_oidName->setText(tr("Commit"));
    m_repositoryName->setText(tr("Repository"));
    m_authorName->setText(tr("Author"));
    m_writtenName->setText(tr("Written"));
    m_committedName->setText(tr("Committed"));
    m_parentsName->setText(tr("Parents"));
    m_changesName->setText(tr("Changes"));
    m_reachedTitle->setText(tr("Reached"));
    m_shippedTitle->setText(tr("Shipped by"));
    m_arrivalsView->setAccessibleName(tr("When the commit reached each environment"));
    m_deploymentsView->setAccessibleName(tr("Deployments that shipped the commit"));
    m_filesView->setAccessibleName(tr("Files changed"));
    if (m_shown)
        render();
    else if (!m_error.isEmpty())
        showError(m_error);
}

void CommitDetailsView::restyle()
{
    for (QTableView *table : {m_arrivalsView, m_deploymentsView, m_filesView})
        flattable::style(table);
    m_deployments->setPalette(palette());
    m_files->setPalette(palette());
    const int side = QFontMetrics(font()).height();
    m_mergeIcon->setPixmap(commitmarks::mergeIcon(palette()).pixmap(QSize(side, side), devicePixelRatio()));
    m_unreachableIcon->setPixmap(commitmarks::unreachableIcon().pixmap(QSize(side, side), devicePixelRatio()));
}

void CommitDetailsView::arrangeColumns()
{
    m_columns->setDirection(width() >= sideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CommitDetailsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void CommitDetailsView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        restyle();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::FontChange:
        restyle();
        if (m_shown)
            render();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
