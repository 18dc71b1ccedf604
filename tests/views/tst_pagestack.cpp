// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/pagestack.h"
#include "common/statusstyle.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

QLabel *label(const PageStack &stack, const QString &name)
{
    return stack.findChild<QLabel *>(name);
}

} // namespace

class TestPageStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsBlank()
    {
        PageStack stack;
        QCOMPARE(stack.state(), PageStack::State::Blank);
        QCOMPARE(stack.count(), 4);
        const QWidget *blank = stack.currentWidget();
        QVERIFY(blank);
        QVERIFY(blank->children().isEmpty());
        // Content before the page gave its view shows nothing rather than another state.
        stack.setState(PageStack::State::Content);
        QCOMPARE(stack.currentWidget(), blank);
    }

    void eachStateShowsItsView()
    {
        PageStack stack;
        auto *content = new QWidget;
        content->setObjectName(u"content"_s);
        stack.setContentView(content);
        QCOMPARE(stack.contentView(), content);
        QCOMPARE(content->parentWidget(), &stack);
        QCOMPARE(stack.state(), PageStack::State::Blank);
        QVERIFY(stack.currentWidget() != content);

        stack.setLoadingText(u"Reading the workspace…"_s);
        stack.setState(PageStack::State::Loading);
        QCOMPARE(stack.state(), PageStack::State::Loading);
        QCOMPARE(stack.currentWidget()->findChild<QLabel *>()->text(), u"Reading the workspace…"_s);

        stack.setState(PageStack::State::Content);
        QCOMPARE(stack.currentWidget(), content);

        stack.setEmptyTitle(u"Nothing yet"_s);
        stack.setEmptyText(u"Import something to fill this page."_s);
        stack.setState(PageStack::State::Empty);
        QCOMPARE(stack.currentWidget()->objectName(), u"emptyState"_s);
        QCOMPARE(label(stack, u"emptyTitle"_s)->text(), u"Nothing yet"_s);
        QCOMPARE(label(stack, u"emptyText"_s)->text(), u"Import something to fill this page."_s);

        stack.setErrorText(u"<b>not</b> read"_s);
        stack.setState(PageStack::State::Failed);
        QCOMPARE(stack.currentWidget()->objectName(), u"errorView"_s);
        // Messages come from outside (file names, database errors): never read as rich text.
        QCOMPARE(label(stack, u"errorText"_s)->textFormat(), Qt::PlainText);
        QCOMPARE(label(stack, u"errorText"_s)->text(), u"<b>not</b> read"_s);
    }

    void emptyStateButtonBelongsToThePage()
    {
        PageStack stack;
        stack.resize(800, 600);
        stack.show();
        stack.setState(PageStack::State::Empty);
        QPushButton *button = stack.emptyStateButton();
        QVERIFY(button);
        QVERIFY(stack.currentWidget()->isAncestorOf(button));
        button->setText(u"Open demo workspace"_s);
        QSignalSpy clicked(button, &QPushButton::clicked);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
    }

    void errorIconOnlyWhenGiven()
    {
        PageStack stack;
        stack.resize(800, 600);
        stack.show();
        stack.setState(PageStack::State::Failed);
        QLabel *icon = label(stack, u"errorIcon"_s);
        QVERIFY(icon);
        QVERIFY(!icon->isVisible());
        stack.setErrorIcon(StatusStyle::of(u"failed"_s).icon(stack.palette()));
        QVERIFY(icon->isVisible());
        const int side = QFontMetrics(stack.font()).height();
        QCOMPARE(icon->pixmap().deviceIndependentSize().toSize(), QSize(side, side));
        stack.setErrorIcon(QIcon());
        QVERIFY(!icon->isVisible());
    }
};

QTEST_MAIN(TestPageStack)
#include "tst_pagestack.moc"
