// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/background.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace flowdeck::views;

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000)); }

    void generationKeepsTheLatest()
    {
        Generation generation;
        const quint64 first = generation.start();
        QVERIFY(generation.isLatest(first));
        const quint64 second = generation.start();
        QVERIFY(!generation.isLatest(first));
        QVERIFY(generation.isLatest(second));
        generation.invalidate();
        QVERIFY(!generation.isLatest(second));
    }

    void workRunsOnAWorkerAndTheResultOnTheContextsThread()
    {
        QObject context;
        QThread *worker = nullptr;
        QThread *receiver = nullptr;
        int result = 0;
        runInBackground(
            &context,
            [&worker] {
                worker = QThread::currentThread();
                return 6 * 7;
            },
            [&](int value) {
                receiver = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE(result, 42);
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(receiver, QThread::currentThread());
    }

    void aResultForAGoneContextIsDropped()
    {
        auto context = std::make_unique<QObject>();
        QSemaphore release;
        std::atomic<bool> finished = false;
        bool delivered = false;
        runInBackground(
            context.get(),
            [&release, &finished] {
                release.acquire();
                finished = true;
                return 1;
            },
            [&delivered](int) { delivered = true; });
        // The context goes while the work still runs, as a page closed during a load.
        context.reset();
        release.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        QVERIFY(finished);
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void onlyTheLatestRequestIsDelivered()
    {
        QObject context;
        Generation generation;
        QSemaphore releaseFirst;
        QList<int> delivered;
        // The first request finishes after the second: its late result must not overwrite the second's.
        runLatest(
            &context, generation,
            [&releaseFirst] {
                releaseFirst.acquire();
                return 1;
            },
            [&delivered](int value) { delivered.append(value); });
        runLatest(
            &context, generation, [] { return 2; }, [&delivered](int value) { delivered.append(value); });
        QTRY_COMPARE(delivered, QList<int>{2});
        releaseFirst.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QList<int>{2});
    }

    void invalidatingDropsTheRequestInFlight()
    {
        QObject context;
        Generation generation;
        QSemaphore release;
        bool delivered = false;
        runLatest(
            &context, generation,
            [&release] {
                release.acquire();
                return 1;
            },
            [&delivered](int) { delivered = true; });
        // As a page given no workspace while it still loads the previous one.
        generation.invalidate();
        release.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
