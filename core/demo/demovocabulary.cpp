// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demovocabulary.h"

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

const QStringList &verbs()
{
    static const QStringList list{u"Fix"_s,    u"Add"_s,    u"Refactor"_s, u"Speed up"_s, u"Harden"_s,
                                  u"Remove"_s, u"Rework"_s, u"Document"_s, u"Simplify"_s, u"Test"_s};
    return list;
}

const QStringList &subjects()
{
    static const QStringList list{
        u"basket rounding"_s,    u"price cache"_s,         u"session timeout"_s,      u"search ranking"_s,
        u"order confirmation"_s, u"stock reservation"_s,   u"retry policy"_s,         u"feature flags"_s,
        u"payment callbacks"_s,  u"product images"_s,      u"tax calculation"_s,      u"voucher codes"_s,
        u"delivery slots"_s,     u"login throttling"_s,    u"metrics endpoint"_s,     u"health checks"_s,
        u"error pages"_s,        u"currency formatting"_s, u"API pagination"_s,       u"database migrations"_s,
        u"logging noise"_s,      u"dependency updates"_s,  u"accessibility labels"_s, u"checkout latency"_s};
    return list;
}

const QStringList &incidentTitles()
{
    static const QStringList list{
        u"Checkout returns 500 for some baskets"_s,    u"Elevated latency on product pages"_s,
        u"Payments declined for wallet users"_s,       u"Stock levels out of date"_s,
        u"Search shows no results for some queries"_s, u"Order confirmation e-mails not sent"_s,
        u"Mobile app cannot load the basket"_s,        u"Prices shown without tax"_s};
    return list;
}

const QList<HotfixWords> &hotfixes()
{
    static const QList<HotfixWords> list{
        {u"Hotfix: accept baskets without a delivery address"_s, u"checkout-500"_s},
        {u"Hotfix: restore the product page cache"_s, u"product-page-latency"_s},
        {u"Hotfix: accept renewed wallet tokens"_s, u"wallet-payments"_s},
        {u"Hotfix: resume the stock level refresh"_s, u"stock-levels"_s},
        {u"Hotfix: escape special characters in search queries"_s, u"empty-search"_s},
        {u"Hotfix: retry confirmation e-mails the mail relay refused"_s, u"confirmation-emails"_s},
        {u"Hotfix: keep the old basket response for the mobile app"_s, u"mobile-basket"_s},
        {u"Hotfix: show prices with tax again"_s, u"prices-tax"_s}};
    return list;
}

} // namespace flowdeck::demo
