// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoprofile.h"

#include "domain/delivery.h"
#include "domain/pipeline.h"

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

QList<ServiceProfile> services()
{
    return {
        {u"storefront-web"_s,
         u"The customer-facing web shop"_s,
         470,
         Cadence::Continuous,
         0.04,
         4,
         false,
         true,
         {0, 1, 2, 3, 4, 5, 6}},
        {u"mobile-bff"_s,
         u"Backend for the iOS and Android apps"_s,
         240,
         Cadence::Weekly,
         0.08,
         2,
         false,
         false,
         {7, 8, 9, 10, 11}},
        {u"catalog-service"_s,
         u"Products, prices and availability"_s,
         300,
         Cadence::TwiceWeekly,
         0.06,
         3,
         true,
         false,
         {12, 13, 14, 15, 16}},
        {u"checkout-service"_s,
         u"Basket, checkout and order placement"_s,
         230,
         Cadence::Weekly,
         0.10,
         5,
         false,
         false,
         {17, 18, 19, 20, 21}},
        {u"payments-gateway"_s,
         u"Card and wallet payments"_s,
         150,
         Cadence::Fortnightly,
         0.12,
         1,
         false,
         false,
         {22, 23, 24, 25}},
        {u"inventory-sync"_s,
         u"Nightly stock sync with the warehouse ERP"_s,
         90,
         Cadence::Monthly,
         0.15,
         7,
         false,
         false,
         {26, 27, 28}},
    };
}

QList<AuthorProfile> authors()
{
    return {
        {u"Ana Ribeiro"_s, u"ana.ribeiro@petech.example"_s, 0},
        {u"Jonas Weber"_s, u"jonas.weber@petech.example"_s, 60},
        {u"Priya Natarajan"_s, u"priya.natarajan@petech.example"_s, 60},
        {u"Tom Becker"_s, u"tom.becker@petech.example"_s, 60},
        {u"Zoë Lambert"_s, u"zoe.lambert@petech.example"_s, 60},
        {u"Mehmet Yılmaz"_s, u"mehmet.yilmaz@petech.example"_s, 180},
        {u"Sara Lindqvist"_s, u"sara.lindqvist@petech.example"_s, 60},
        {u"Łukasz Nowak"_s, u"lukasz.nowak@petech.example"_s, 60},
        {u"Chloé Martin"_s, u"chloe.martin@petech.example"_s, 60},
        {u"Daniel Okafor"_s, u"daniel.okafor@petech.example"_s, 0},
        {u"Hannah Schulz"_s, u"hannah.schulz@petech.example"_s, 60},
        {u"Kenji Sato"_s, u"kenji.sato@petech.example"_s, 60},
        {u"Laura Fischer"_s, u"laura.fischer@petech.example"_s, 60},
        {u"Marco Rossi"_s, u"marco.rossi@petech.example"_s, 60},
        {u"Nina Petrova"_s, u"nina.petrova@petech.example"_s, 120},
        {u"Oliver Brown"_s, u"oliver.brown@petech.example"_s, 0},
        {u"Paula Gómez"_s, u"paula.gomez@petech.example"_s, 60},
        {u"Ravi Kapoor"_s, u"ravi.kapoor@petech.example"_s, 330},
        {u"Sophie Wagner"_s, u"sophie.wagner@petech.example"_s, 60},
        {u"Tobias Klein"_s, u"tobias.klein@petech.example"_s, 60},
        {u"Uma Desai"_s, u"uma.desai@petech.example"_s, 60},
        {u"Viktor Horváth"_s, u"viktor.horvath@petech.example"_s, 60},
        {u"Wei Zhang"_s, u"wei.zhang@petech.example"_s, 60},
        {u"Xenia Papadopoulou"_s, u"xenia.papadopoulou@petech.example"_s, 120},
        {u"Yusuf Demir"_s, u"yusuf.demir@petech.example"_s, 60},
        {u"Emma Johansson"_s, u"emma.johansson@petech.example"_s, 60},
        {u"Felix Hoffmann"_s, u"felix.hoffmann@petech.example"_s, 60},
        {u"Grace Miller"_s, u"grace.miller@petech.example"_s, -300},
        {u"Henrik Berg"_s, u"henrik.berg@petech.example"_s, 60},
    };
}

QList<EnvironmentProfile> environments()
{
    return {
        {u"dev"_s, QString::fromLatin1(Tier::Development)},
        {u"test"_s, QString::fromLatin1(Tier::Testing)},
        {u"staging"_s, QString::fromLatin1(Tier::Staging)},
        {u"production"_s, QString::fromLatin1(Tier::Production)},
    };
}

QList<StageProfile> stages()
{
    const QString build = QString::fromLatin1(StageKind::Build);
    const QString test = QString::fromLatin1(StageKind::Test);
    const QString security = QString::fromLatin1(StageKind::Security);
    const QString approval = QString::fromLatin1(StageKind::Approval);
    const QString deploy = QString::fromLatin1(StageKind::Deploy);
    // Times in seconds: the median of a log-normal spread. Approval waits are decided by the gate, not here.
    return {
        {u"build"_s, build, -1, 45, 360, 0.03, true, {}},
        {u"lint"_s, test, -1, 30, 90, 0.02, true, {0}},
        {u"unit-tests"_s, test, -1, 40, 480, 0.05, true, {0}},
        {u"security-scan"_s, security, -1, 40, 240, 0.02, true, {0}},
        // The flaky one: a fifth of first attempts fail whatever the change, and a retry usually passes.
        {u"integration-tests"_s, test, -1, 60, 840, 0.20, true, {1, 2}},
        {u"deploy-dev"_s, deploy, 0, 20, 180, 0.02, false, {3, 4}},
        {u"deploy-test"_s, deploy, 1, 20, 240, 0.02, false, {5}},
        {u"deploy-staging"_s, deploy, 2, 30, 300, 0.02, false, {6}},
        {u"security-review"_s, approval, -1, 0, 600, 0.0, false, {7}},
        {u"change-approval"_s, approval, -1, 0, 180, 0.04, false, {8}},
        {u"deploy-production"_s, deploy, 3, 60, 360, 0.03, false, {9}},
    };
}

} // namespace flowdeck::demo
