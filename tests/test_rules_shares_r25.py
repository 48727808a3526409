"""percent_sum, round 25: shares told one by one, each with its own 占, that fall a few points short of 100 are how a
partial list is written too (the main industries, the main crops, overlapping trade classes) — a reading that took them
for the whole was added and reverted this session (+2 planted errors on 981 blind ones, alarms on these sentences of a
reviewer's). They stay as decoys. Sentences invented."""
import pytest

from analysis.rules.shares import percent_sum

from rules_cases import run


@pytest.mark.parametrize("text", [
    "全县实现地区生产总值120.5亿元，第一产业增加值占8.5%，工业增加值占40.1%，服务业增加值占47.6%。",
    "全市外贸出口总额356.2亿元，机电产品出口占55.1%，高新技术产品出口占30.2%，农产品出口占12.5%。",
    "全年粮食播种面积86.3万亩，其中玉米占52.3%，小麦占30.5%，水稻占12.4%。",
    "全市规上工业实现产值520亿元，主导产业中装备制造业占45.2%，食品工业占28.6%，纺织业占18.1%。",
    "全年完成交通投资86.4亿元，高速公路项目比重为52.6%，国省干线公路比重为24.8%，港航物流项目比重为17.6%。",
    "全年受理来信来访300件，其中反映征地拆迁的占40%；反映劳资纠纷的占30%；反映环境污染的占20%。",
    "全县贷款户中，贷款额20万元以下的占12.7%，20万至30万元的占46.2%，50万元以上的占36.1%。",
])
def test_partial_lists_told_share_by_share_stay_quiet(text):
    assert "inconsistent" not in [r["verdict"] for r in run(percent_sum, text, 2023)]
