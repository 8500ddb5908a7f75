// 工作台 charts (ECharts from its webjar). The data sits in data-* attributes of the chart element,
// rendered by the server with the labels from the message bundles; a table beside each chart holds
// the same figures for keyboards and screen readers. Charts are drawn again after an htmx swap.
(function () {
  "use strict";

  function trend(el) {
    var data = JSON.parse(el.getAttribute("data-series"));
    var names = ["pushed", "visited", "helped"];
    var colours = ["#0b57a4", "#8a4b00", "#1d6b36"];
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 36, bottom: 32 },
      tooltip: { trigger: "axis" },
      legend: { top: 0, data: names.map(function (n) { return el.getAttribute("data-label-" + n); }) },
      xAxis: { type: "category", data: data.labels },
      yAxis: { type: "value", minInterval: 1 },
      series: names.map(function (n, i) {
        return {
          name: el.getAttribute("data-label-" + n),
          type: n === "pushed" ? "bar" : "line",
          data: data[n],
          itemStyle: { color: colours[i] }
        };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function draw(root) {
    if (!window.echarts) {
      return;
    }
    root.querySelectorAll("[data-chart=trend]").forEach(function (el) {
      if (!el.getAttribute("data-drawn")) {
        el.setAttribute("data-drawn", "true");
        trend(el);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSettle", function (event) { draw(event.target); });
})();
