// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfixture.h"

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

HistoryFixture buildHistory(const store::Workspace &workspace)
{
    HistoryFixture f;
    auto written = workspace.write([&f](QSqlDatabase &db) -> Result<void> {
        HistoryBuilder in(db);
        f.shop = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
        f.tools = in.add(Repository{0, u"tools"_s, {}, {}, {}, {}, {}});

        f.a = in.commit(f.shop, 'a', u"Ada"_s, u"ada@shop.example"_s, T,
                        u"Add cart\n\nThe cart holds items. This is the first step."_s, 2, 50, 0, false, true, 60);
        in.parent(f.a, 0, 'f');
        in.file(f.a, 0, u"src/cart.cpp"_s, {}, 40, 0);
        in.file(f.a, 1, u"src/cart.h"_s, {}, 10, 0);

        f.u = in.commit(f.shop, 'd', u"Chen"_s, u"chen@tools.example"_s, T + 30 * minute,
                        u"Experiment\n\nTry a smaller cart"_s, 1, 1, 1, false, false);
        in.parent(f.u, 0, 'a');
        in.file(f.u, 0, u"src/cart.cpp"_s, {}, 1, 1);

        f.b = in.commit(f.shop, 'b', u"Björn Berg"_s, u"b_berg@shop.example"_s, T + hour,
                        u"Fix checkout rounding\n\nUse 100% of the cents_total"_s, 1, 3, 2, false, true, -300);
        in.parent(f.b, 0, 'a');
        in.file(f.b, 0, u"src/checkout.cpp"_s, {}, 3, 2);

        f.c = in.commit(f.shop, 'c', u"Ada"_s, u"ada@shop.example"_s, T + 2 * hour, u"Rename README"_s, 2, 12, 0);
        in.parent(f.c, 0, 'a');
        in.file(f.c, 0, u"README.md"_s, u"README"_s, 0, 0);
        in.file(f.c, 1, u"docs/guide_v1.md"_s, {}, 12, 0);

        f.m = in.commit(f.shop, 'e', u"Ada"_s, u"ada@shop.example"_s, T + 3 * hour, u"Merge branch 'docs'"_s, {}, {},
                        {}, true);
        in.parent(f.m, 0, 'b');
        in.parent(f.m, 1, 'c');

        f.x = in.commit(f.tools, '1', u"Chen"_s, u"chen@tools.example"_s, T + 4 * hour,
                        u"Tool: 50% faster\n\nCache the runs."_s, 2, 5, 5);
        in.file(f.x, 0, u"tools/run.py"_s, {}, 5, 5);
        in.file(f.x, 1, u"tools/image.png"_s, {}, {}, {});

        f.cart = in.add(Service{0, u"cart"_s, {}, f.shop});
        f.cartWorker = in.add(Service{0, u"cart-worker"_s, {}, f.shop});
        f.test = in.add(Environment{0, u"test"_s, QString::fromLatin1(Tier::Testing), 0});
        f.staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 1});
        f.production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 2});

        const QList<Id> release = {f.a, f.b, f.c, f.m};
        f.d1 = in.deployment(f.cart, f.test, u"1.0"_s, Status::Succeeded, T + 5 * hour, T + 5 * hour + 10 * minute,
                             release);
        f.d2 = in.deployment(f.cart, f.production, u"1.0"_s, Status::Failed, T + 6 * hour, T + 6 * hour + 20 * minute,
                             release);
        f.d3 = in.deployment(f.cart, f.production, u"1.0.1"_s, Status::Succeeded, T + 8 * hour,
                             T + 8 * hour + 30 * minute, release);
        f.d5 = in.deployment(f.cartWorker, f.test, u"0.9"_s, Status::Succeeded, T + 4 * hour,
                             T + 4 * hour + 30 * minute, {f.b});
        f.d6 = in.deployment(f.cart, f.staging, u"1.0"_s, Status::Running, T + 9 * hour, {}, {f.b});
        if (!in.error().isEmpty())
            return Error{in.error()};
        return {};
    });
    if (!written)
        f.error = written.errorMessage();
    return f;
}

} // namespace flowdeck::testing
