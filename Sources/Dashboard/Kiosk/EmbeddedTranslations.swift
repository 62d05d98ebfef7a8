// Generated from translations/*.yaml by `RECORD_SNAPSHOTS=1 swift test --filter EmbeddedTranslationTests`.
// Do not edit by hand: EmbeddedTranslationTests fails when this copy and the files differ.

/// The shipped translation files, built into the binary so a copied `railtop` still has them.
enum EmbeddedTranslations {
  /// The text of `language`'s file, or nil for English (built in, no file).
  static func text(for language: Language) -> String? {
    switch language {
    case .en:
      return nil
    case .zh:
      return ##"""
# ── railtop kiosk captions: Simplified Chinese (简体中文) ──────────────────────────────
# One `key: text` per caption; keys are those of Sources/Dashboard/Kiosk/Caption.swift.
# A key left out shows the English. Quote a text with "…" when it holds ": " or starts
# with a YAML sign (- ? : , [ ] { } # & * ! | > ' " % @ `). Facts stay those of the English.
# After editing: RECORD_SNAPSHOTS=1 swift test --filter EmbeddedTranslationTests (docs/KIOSK-TEXT.md).
# ───────────────────────────────────────────────────────────────────────────────────────

view.map: 郑州—列日铁路走廊
view.trains: 此刻在走廊上运行的列车
view.cargo: 列车运送的货物
view.journey: 一个包裹的旅程

story.first_train: 2019年3月2日，首列菜鸟电商班列从郑州圃田开往列日。
story.twinning: 这条线路为纪念河南省与瓦隆大区缔结友好省区关系30周年而开通。
story.ehub: 在列日机场，菜鸟eHub为包裹分拣装车，由卡车运往20–28个欧洲国家。
story.westbound: 西行：跨境电商包裹、服装、电子产品和家居用品。
story.eastbound: 东行：欧洲出口商品——钢铁与机械、化妆品、葡萄酒和啤酒。
story.gauges: 两次换轨：在多斯特克换入1520毫米轨道，在马拉舍维奇换回1435毫米轨道。

kpi.trains_in_transit: 列在途列车
kpi.teu_this_week: 本周送达TEU
kpi.mean_transit_days: 天，平均全程运行时间

clock.china: 郑州
clock.liege: 列日

journey.following: 跟随列车
journey.border: 边境
journey.gauge_change: 换轨
journey.next: 下一站

chrome.simulated: 模拟数据
chrome.locked: 经贸代表团展示屏
chrome.day: 第{day}天

map.title: 地图
map.region.corridor: 全线走廊
map.region.china: 中国与哈萨克斯坦
map.region.europe: 欧洲

trains.title: 列车
trains.in_transit: 在途{count}列
trains.loading: 装车{count}列
trains.arrived: 已到达{count}列
trains.separator: ，
trains.column.id: 车次
trains.column.direction: 方向
trains.column.status: 状态
trains.column.location: 位置
trains.column.progress: 进度
trains.column.eta: 到达
trains.column.delay: 晚点
trains.column.load: FEU/TEU
trains.column.cargo: 主要货物
trains.column.service: 线路
direction.west: 西
direction.east: 东

status.loading: 装车中
status.running: 运行中
status.dwelling: 停站
status.waiting_for_path: 等待线路
status.at_customs: 海关查验
status.queued_for_gauge_change: 等待换轨
status.transshipping: 换装中
status.held: 扣留
status.unloading: 卸车中
status.arrived: 已到达

cargo.title: 货运量
cargo.per_day: 近{days}天每日送达
cargo.west: 西行
cargo.east: 东行
cargo.days_ago: "-{days}天"
cargo.today: 今天
cargo.by_direction: 在途货物（按方向）
cargo.by_category: 在途货物（按品类）
cargo.one_other: 其他1类
cargo.others: 其他{count}类
unit.teu: TEU
journey.times: 时间为{zone}
"""## + "\n"
    case .fr:
      return ##"""
# ── railtop kiosk captions: French, for Wallonia (français) ───────────────────────────
# One `key: text` per caption; keys are those of Sources/Dashboard/Kiosk/Caption.swift.
# A key left out shows the English. Quote a text with "…" when it holds ": " or starts
# with a YAML sign (- ? : , [ ] { } # & * ! | > ' " % @ `). Facts stay those of the English.
# After editing: RECORD_SNAPSHOTS=1 swift test --filter EmbeddedTranslationTests (docs/KIOSK-TEXT.md).
# ───────────────────────────────────────────────────────────────────────────────────────

view.map: Le corridor ferroviaire Zhengzhou–Liège
view.trains: Les trains sur le corridor en ce moment
view.cargo: Ce que transportent les trains
view.journey: Le voyage d'un colis

story.first_train: Le premier train e-commerce de Cainiao a quitté Zhengzhou Putian pour Liège le 2 mars 2019.
story.twinning: La ligne a été lancée pour le 30e anniversaire du jumelage entre le Henan et la Wallonie.
story.ehub: À l'aéroport de Liège, l'« eHub de Cainiao » trie les colis pour les camions vers 20 à 28 pays européens.
story.westbound: "Vers l'ouest : colis du commerce électronique transfrontalier, vêtements, électronique et articles ménagers."
story.eastbound: "Vers l'est : exportations européennes — acier et machines, cosmétiques, vin et bière."
story.gauges: "Deux changements d'écartement : à Dostyk vers la voie de 1520 mm, à Małaszewicze retour à 1435 mm."

kpi.trains_in_transit: trains en transit
kpi.teu_this_week: EVP livrés cette semaine
kpi.mean_transit_days: jours, transit moyen

clock.china: Zhengzhou
clock.liege: Liège

journey.following: Suivi du train
journey.border: frontière
journey.gauge_change: changement d'écartement
journey.next: prochain arrêt

chrome.simulated: SIMULATION
chrome.locked: Écran de mission commerciale
chrome.day: "jour {day}"

map.title: Carte
map.region.corridor: tout le corridor
map.region.china: Chine et Kazakhstan
map.region.europe: Europe

trains.title: Trains
trains.in_transit: "{count} en transit"
trains.loading: "{count} en chargement"
trains.arrived: "{count} arrivés"
trains.separator: ", "
trains.column.id: Train
trains.column.direction: Sens
trains.column.status: État
trains.column.location: Position
trains.column.progress: Parc.
trains.column.eta: Arrivée
trains.column.delay: Retard
trains.column.load: EQP/EVP
trains.column.cargo: Fret princ.
trains.column.service: Service
direction.west: O
direction.east: E

status.loading: chargement
status.running: en route
status.dwelling: arrêt
status.waiting_for_path: att. sillon
status.at_customs: douane
status.queued_for_gauge_change: att. écart.
status.transshipping: transbord.
status.held: RETENU
status.unloading: décharg.
status.arrived: arrivé

cargo.title: Volumes de fret
cargo.per_day: "livrés par jour, {days} derniers jours"
cargo.west: ouest
cargo.east: est
cargo.days_ago: "-{days} j"
cargo.today: auj.
cargo.by_direction: en transit par sens
cargo.by_category: en transit par catégorie
cargo.one_other: 1 autre
cargo.others: "{count} autres"
unit.teu: EVP
journey.times: "heures {zone}"
"""## + "\n"
    }
  }
}
